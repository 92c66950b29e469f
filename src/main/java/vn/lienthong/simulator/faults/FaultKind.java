package vn.lienthong.simulator.faults;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum FaultKind {
    LATENCY, HANG, OUTAGE, SERVER_ERROR, TOO_MANY_REQUESTS, MALFORMED, BUSY, SESSION_EXPIRY, REFUSAL;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
