package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real persistent Artemis broker: a page re-read after a crash must not be refused because part of it is queued. */
class SyncQueueTest {

    private EmbeddedActiveMQ broker;
    private ActiveMQConnectionFactory connections;

    @BeforeEach
    void startBroker() throws Exception {
        var config = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setJournalDirectory(Files.createTempDirectory("queue-test").toString())
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://7");
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
