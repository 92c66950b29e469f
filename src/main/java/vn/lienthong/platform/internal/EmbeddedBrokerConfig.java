package vn.lienthong.platform.internal;

import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Broker-side retry policy: the broker, not our code, spaces redeliveries out with back-off and jitter. */
@Configuration(proxyBeanMethods = false)
public class EmbeddedBrokerConfig {

    @Bean
    // the data folder (and its lock) before the broker opens its journal there: a second gateway on the same
    // folder must be refused, not left waiting for the journal's own lock
    ArtemisConfigurationCustomizer gatewayBrokerSettings(BrokerSettings settings, DataFolder dataFolder) {
        return config -> {
            AddressSettings retryForever = new AddressSettings()
                    .setRedeliveryDelay(settings.redeliveryDelay().toMillis())
                    .setRedeliveryMultiplier(settings.redeliveryMultiplier())
                    .setMaxRedeliveryDelay(settings.maxRedeliveryDelay().toMillis())
                    .setRedeliveryCollisionAvoidanceFactor(settings.redeliveryJitter())
                    // an outage, however long, never moves a dossier to a dead-letter queue
                    .setMaxDeliveryAttempts(-1)
                    .setDefaultGroupBuckets(settings.groupBuckets())
                    // a long outage's backlog goes to disk, not to the heap
                    .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE);
            config.addAddressSetting("gateway.#", retryForever);
            config.setIDCacheSize(settings.duplicateIdCacheSize());
            config.setPersistIDCache(true);
            config.setGlobalMaxSize(settings.memoryLimit().toBytes());
            config.setJournalBufferTimeout_NIO(500_000);
            config.setJournalBufferTimeout_AIO(500_000);
        };
    }

    @Bean
    static BrokerAcceptor brokerAcceptor(ObjectProvider<BrokerSettings> settings) {
        return new BrokerAcceptor(settings);
    }
}
