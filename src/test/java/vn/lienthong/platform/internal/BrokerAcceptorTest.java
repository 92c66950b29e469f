package vn.lienthong.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jms.JmsAutoConfiguration;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jms.core.JmsTemplate;
import vn.lienthong.FreePort;

/** The embedded broker with a network acceptor, reached by a real client over TCP. */
class BrokerAcceptorTest {

    private final int port = FreePort.find();
    private final String acceptor = "tcp://127.0.0.1:" + port;

    @EnableConfigurationProperties(BrokerSettings.class)
    static class Broker {
    }

    private ApplicationContextRunner broker(String... properties) throws Exception {
        Path data = Files.createTempDirectory("broker-acceptor");
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ArtemisAutoConfiguration.class, JmsAutoConfiguration.class))
                .withUserConfiguration(EmbeddedBrokerConfig.class, Broker.class)
                .withBean(DataFolder.class, () -> new DataFolder(data))
                .withPropertyValues("spring.artemis.mode=embedded", "spring.artemis.embedded.persistent=false",
                        "gateway.broker.acceptor=" + acceptor)
                .withPropertyValues(properties);
    }

    @Test
    void shouldRefuseClientsWithoutTheRightPasswordAndServeTheOnesWithIt() throws Exception {
        broker("gateway.broker.acceptor-user=remote", "gateway.broker.acceptor-password=s3cret-for-test").run(context -> {
            // the gateway logs in first, through its in-VM connection and without a password, as at its start
            JmsTemplate gateway = context.getBean(JmsTemplate.class);
            gateway.setReceiveTimeout(10_000);
            gateway.convertAndSend("gateway.acceptor-test", "in-vm");
            ActiveMQConnectionFactory client = new ActiveMQConnectionFactory(acceptor);

            assertThatThrownBy(() -> client.createConnection().close()).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> client.createConnection("remote", "wrong").close())
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> client.createConnection("someone", "s3cret-for-test").close())
                    .isInstanceOf(JMSSecurityException.class);

            try (Connection connection = client.createConnection("remote", "s3cret-for-test")) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                Queue queue = session.createQueue("gateway.acceptor-test");
                assertThat(((TextMessage) session.createConsumer(queue).receive(10_000)).getText()).isEqualTo("in-vm");
                session.createProducer(queue).send(session.createTextMessage("over tcp"));
            }
            assertThat(gateway.receiveAndConvert("gateway.acceptor-test")).isEqualTo("over tcp");
        });
    }

    @Test
    void shouldRefuseToStartAnAcceptorWithoutCredentials() throws Exception {
        broker().run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("gateway.broker.acceptor-password").hasMessageContaining("no default");
        });
    }
}
