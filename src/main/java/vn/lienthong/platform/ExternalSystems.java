package vn.lienthong.platform;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connection part of {@code gateway.systems}: one entry per external system, read from config/systems.yaml.
 * Breakers, retries, rate limits and bulkheads are Resilience4j's, under {@code resilience4j.*}.
 */
@ConfigurationProperties("gateway")
public record ExternalSystems(@DefaultValue Map<String, Connection> systems) {

    public Connection of(String system) {
        Connection connection = systems.get(system);
        if (connection == null) {
            throw new IllegalArgumentException("no gateway.systems." + system + " in the configuration; known: "
                    + systems.keySet());
        }
        return connection;
    }

    /**
     * Timeouts and pool of one system's HTTP client: {@code connectionRequestTimeout} is the longest a call waits
     * for a free pooled connection, {@code maxConnections} the size of the system's own pool, {@code sslBundle}
     * the name of the Spring SSL bundle ({@code spring.ssl.bundle.*}) with its trust store and client key store
     * (none: the JDK's trust store and no client certificate).
     */
    public record Connection(
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout,
            @DefaultValue("5s") Duration connectionRequestTimeout,
            @DefaultValue("16") int maxConnections,
            String sslBundle) {

        public boolean hasSslBundle() {
            return sslBundle != null && !sslBundle.isBlank();
        }
    }
}
