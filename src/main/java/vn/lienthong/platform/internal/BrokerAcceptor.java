package vn.lienthong.platform.internal;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Opens the embedded broker to other processes ({@code gateway.broker.acceptor}) only behind a login: Spring
 * Boot starts it with security off, which is safe only while nothing outside this JVM can connect. Applied
 * before the broker starts; there is no default user or password.
 */
final class BrokerAcceptor implements BeanPostProcessor {

    private final ObjectProvider<BrokerSettings> settings;

    BrokerAcceptor(ObjectProvider<BrokerSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof EmbeddedActiveMQ broker) {
            BrokerSettings configured = settings.getObject();
            if (hasText(configured.acceptor())) {
                open(broker, configured);
            }
        }
        return bean;
    }

    private static void open(EmbeddedActiveMQ broker, BrokerSettings settings) {
        if (!hasText(settings.acceptorUser()) || !hasText(settings.acceptorPassword())) {
            throw new IllegalStateException("gateway.broker.acceptor is set (" + settings.acceptor() + "), so clients"
                    + " reaching the embedded broker through it must log in: set gateway.broker.acceptor-user and"
                    + " gateway.broker.acceptor-password (GATEWAY_BROKER_ACCEPTOR_PASSWORD); there is no default");
        }
        try {
            broker.getConfiguration().addAcceptorConfiguration("gateway-tcp", settings.acceptor());
        } catch (Exception e) {
            throw new IllegalStateException("Invalid gateway.broker.acceptor " + settings.acceptor(), e);
        }
        broker.getConfiguration().setSecurityEnabled(true)
                // Artemis caches a login by user and password only: the in-VM login without any would let a
                // TCP client without any in too
                .setAuthenticationCacheSize(0);
        broker.setSecurityManager(new AcceptorLogin(settings.acceptorUser(), settings.acceptorPassword()));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
