package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.Interceptor;
import org.apache.activemq.artemis.core.protocol.core.impl.wireformat.SessionSendMessage;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.JmsException;
import vn.lienthong.FreePort;

/**
 * A real persistent Artemis broker: a page re-read after a crash must not be refused because part of it is queued,
 * and a send rolled back on failover is never mistaken for a duplicate.
 */
class SyncQueueTest {

    private final int port = FreePort.find();
    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory connections;

    @BeforeEach
    void startBroker() throws Exception {
        var config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setJournalDirectory(Files.createTempDirectory("queue-test").toString())
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://7")
                .addAcceptorConfiguration("tcp", "tcp://localhost:" + port);
        config.setBindingsDirectory(config.getJournalDirectory()).setPagingDirectory(config.getJournalDirectory())
                .setLargeMessagesDirectory(config.getJournalDirectory());
        broker = new EmbeddedActiveMQ().setConfiguration(config).start();
        connections = new ActiveMQConnectionFactory("vm://7");
    }

    @AfterEach
    void stopBroker() throws Exception {
        connections.close();
        broker.stop();
    }

    @Test
    void shouldQueueOnlyTheNewVersionsOfAPageThatIsPartlyQueuedAlready() throws Exception {
        SyncQueue queue = new SyncQueue(connections);
        queue.sendAll(List.of(version("A", 1)));

        queue.sendAll(List.of(version("A", 1), version("B", 1)));

        assertThat(drain()).containsExactly("A:1", "B:1");
    }

    /**
     * The one-at-a-time resend after a duplicate is rolled back "on failover": that version is not queued, so the
     * page must fail (and be read again), not be taken as sent.
     */
    @Test
    void shouldFailThePageWhenASingleResendIsRolledBackOnFailover() throws Exception {
        SyncQueue queue = new SyncQueue(connections);
        queue.sendAll(List.of(version("A", 1)));
        broker.getActiveMQServer().registerBrokerPlugin(new FailoverRollback("B", 1));

        assertThatThrownBy(() -> queue.sendAll(List.of(version("A", 1), version("B", 1))))
                .isInstanceOf(JmsException.class).hasRootCauseMessage(
                        "The transaction was rolled back on failover to a backup server");
        queue.sendAll(List.of(version("A", 1), version("B", 1))); // the page read again

        assertThat(drain()).containsExactly("A:1", "B:1");
    }

    /** The same with a real reconnect: the broker drops the line in the middle of the resend. */
    @Test
    void shouldFailThePageWhenTheConnectionDropsDuringASingleResend() throws Exception {
        new SyncQueue(connections).sendAll(List.of(version("A", 1)));
        // the reconnecting client a standalone broker is used with (docker-compose.yml)
        try (var reconnecting = new ActiveMQConnectionFactory("tcp://localhost:" + port
                + "?reconnectAttempts=-1&retryInterval=50")) {
            SyncQueue queue = new SyncQueue(reconnecting);
            // B's first send is in the whole page (refused for A), its second is the single resend
            broker.getActiveMQServer().getRemotingService().addIncomingInterceptor(dropConnectionOnSend("B", 2));

            // "rolled back on failover", with or without "commit may have been successful" depending on timing
            assertThatThrownBy(() -> queue.sendAll(List.of(version("A", 1), version("B", 1))))
                    .isInstanceOf(JmsException.class).rootCause().hasMessageContaining("rolled back on failover");
            queue.sendAll(List.of(version("A", 1), version("B", 1)));
        }
        assertThat(drain()).containsExactly("A:1", "B:1");
    }

    /** Closes the client's connection the n-th time it sends a version of this dossier, as a broker restart would. */
    private static Interceptor dropConnectionOnSend(String code, int nth) {
        AtomicInteger sends = new AtomicInteger();
        return (packet, connection) -> {
            if (packet instanceof SessionSendMessage send && code.equals(send.getMessage().getStringProperty("code"))
                    && sends.incrementAndGet() == nth) {
                connection.getTransportConnection().forceClose();
                return false;
            }
            return true;
        };
    }

    private static QueuedDossier version(String code, long v) {
        return new QueuedDossier(code, v, "{\"code\":\"" + code + "\",\"version\":" + v + "}", 1);
    }

    private List<String> drain() throws Exception {
        List<String> keys = new ArrayList<>();
        try (Connection connection = connections.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(SyncQueue.QUEUE));
            connection.start();
            Message message = consumer.receive(2000);
            while (message != null) {
                keys.add(message.getStringProperty("code") + ":" + message.getLongProperty("version"));
                message = consumer.receive(500);
            }
        }
        return keys;
    }
}
