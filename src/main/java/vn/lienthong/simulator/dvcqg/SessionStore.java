package vn.lienthong.simulator.dvcqg;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SimulatorProperties;

/** The portal's login sessions. */
@Component
class SessionStore {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final SimulatorProperties.Dvcqg settings;

    SessionStore(SimulatorProperties properties) {
        this.settings = properties.dvcqg();
    }

    /** A new session for the right credentials, else null. */
    String login(String username, String password) {
        if (!settings.username().equals(username) || !settings.password().equals(password)) {
            return null;
        }
        Instant now = Instant.now();
        expiries.values().removeIf(now::isAfter);
        UUID id = UUID.randomUUID();
        String session = HexFormat.of().toHexDigits(id.getMostSignificantBits())
                + HexFormat.of().toHexDigits(id.getLeastSignificantBits());
        expiries.put(session, now.plus(settings.sessionTtl()));
        return session;
    }

    boolean valid(String session) {
        Instant expiry = session == null ? null : expiries.get(session);
        return expiry != null && Instant.now().isBefore(expiry);
    }

    void invalidate(String session) {
        expiries.remove(session);
    }

    Duration ttl() {
        return settings.sessionTtl();
    }
}
