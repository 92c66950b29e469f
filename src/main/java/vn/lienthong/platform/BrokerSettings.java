package vn.lienthong.platform;

import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Redelivery and duplicate-detection settings applied to the embedded broker; a standalone broker
 * carries the same values in config/broker/broker.xml. An acceptor opens the embedded broker to other
 * processes, for clients that log in as acceptor-user with acceptor-password ({@link BrokerAcceptor}).
 */
@ConfigurationProperties("gateway.broker")
public record BrokerSettings(
        Duration redeliveryDelay,
        double redeliveryMultiplier,
        Duration maxRedeliveryDelay,
        double redeliveryJitter,
        int duplicateIdCacheSize,
        int groupBuckets,
        DataSize memoryLimit,
        String acceptor,
        String acceptorUser,
        String acceptorPassword) {

    public BrokerSettings {
        redeliveryDelay = redeliveryDelay == null ? Duration.ofMillis(500) : redeliveryDelay;
        redeliveryMultiplier = redeliveryMultiplier <= 0 ? 2.0 : redeliveryMultiplier;
        maxRedeliveryDelay = maxRedeliveryDelay == null ? Duration.ofSeconds(30) : maxRedeliveryDelay;
        redeliveryJitter = redeliveryJitter <= 0 ? 0.3 : redeliveryJitter;
        duplicateIdCacheSize = duplicateIdCacheSize <= 0 ? 250_000 : duplicateIdCacheSize;
        groupBuckets = groupBuckets <= 0 ? 64 : groupBuckets;
        memoryLimit = memoryLimit == null ? DataSize.ofMegabytes(64) : memoryLimit;
    }
}
