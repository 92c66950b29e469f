package vn.lienthong.lookup.internal;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Endpoint and credentials of each national look-up system ({@code gateway.systems.<system>}, in config/systems.yaml);
 * rate limits, bulkheads, retries and breakers are Resilience4j's ({@code resilience4j.*}, same file).
 */
@ConfigurationProperties("gateway")
public record LookupLimits(@DefaultValue Map<String, SystemLimits> systems) {

    public SystemLimits of(LookupSource source) {
        SystemLimits limits = systems.get(source.system());
        return limits == null ? new SystemLimits(null, null, null, null, null) : limits;
    }

    public record SystemLimits(String baseUrl, String apiKey, String clientId, String user, String secret) {

        public LookupEndpoint endpoint() {
            return new LookupEndpoint(baseUrl, apiKey, clientId, user, secret);
        }
    }
}
