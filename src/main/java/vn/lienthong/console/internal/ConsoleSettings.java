package vn.lienthong.console.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's settings ({@code gateway.console.*}): which external system each route talks to (its health
 * follows that system's circuit breaker and pauses), when a flow's error rate makes it "degraded", and when the
 * oldest unsynced dossier is shown as late.
 */
@ConfigurationProperties("gateway.console")
public record ConsoleSettings(
        Map<String, String> routeSystems,
        @DefaultValue("5") double degradedErrorPercent,
        @DefaultValue("15m") Duration lateAfter) {

    public ConsoleSettings {
        routeSystems = routeSystems == null ? Map.of() : routeSystems;
    }
}
