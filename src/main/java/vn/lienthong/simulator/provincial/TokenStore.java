package vn.lienthong.simulator.provincial;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SimulatorProperties;

/** The OAuth2 access tokens issued, each valid until it expires or is revoked. */
@Component
class TokenStore {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final Duration ttl;

    TokenStore(SimulatorProperties properties) {
        this.ttl = properties.provincial().tokenTtl();
    }

    String issue() {
        Instant now = Instant.now();
        expiries.values().removeIf(now::isAfter);
        String token = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        expiries.put(token, now.plus(ttl));
        return token;
    }

    boolean valid(String token) {
        Instant expiry = token == null ? null : expiries.get(token);
        return expiry != null && Instant.now().isBefore(expiry);
    }

    void revoke(String token) {
        expiries.remove(token);
    }

    Duration ttl() {
        return ttl;
    }
}
