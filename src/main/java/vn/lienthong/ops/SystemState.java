package vn.lienthong.ops;

import java.time.Instant;

/**
 * One external system as an operator sees it: its circuit breaker (state, last transition, failure rate in
 * percent over the recent calls it has buffered, null until enough calls) and whether intake or delivery is paused.
 */
public record SystemState(
        String system, String circuitState, Instant lastTransitionAt, Float failureRate, int recentCalls,
        int recentFailedCalls, boolean intakePaused, boolean deliveryPaused) {
}
