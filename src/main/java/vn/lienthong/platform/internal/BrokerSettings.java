package vn.lienthong.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Redelivery and duplicate-detection settings applied to the embedded broker; a standalone broker
 * carries the same values in config/broker/broker.xml. An acceptor opens the embedded broker to other
 * processes, for clients that log in as acceptor-user with acceptor-password ({@link BrokerAcceptor}).
 */
@ConfigurationProperties("gateway.broker")
public record BrokerSettings(
        @DefaultValue("500ms") Duration redeliveryDelay,
        @DefaultValue("2.0") double redeliveryMultiplier,
        @DefaultValue("30s") Duration maxRedeliveryDelay,
        @DefaultValue("0.3") double redeliveryJitter,
        @DefaultValue("250000") int duplicateIdCacheSize,
        @DefaultValue("64") int groupBuckets,
        @DefaultValue("64MB") DataSize memoryLimit,
        String acceptor,
        String acceptorUser,
        String acceptorPassword) {
}
