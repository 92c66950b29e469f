package vn.lienthong.bench;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Raw limit of the gateway's queue: an embedded persistent Artemis broker configured like Spring Boot's
 * embedded one plus vn.lienthong.platform.internal.EmbeddedBrokerConfig (NIO journal, 0.5 ms buffer timeout, paging
 * past 64 MB, persisted duplicate-id cache). Messages are sent like SyncQueue (persistent, duplicate id,
 * group id, code/version properties, 1000 per transaction) and taken like SyncInbox (transacted, 500 per
 * commit, receive then receiveNoWait).
 *
 * <p>Usage: ArtemisRawBench [messages=100000] [sendTx=1000] [consumeTx=500]
 */
public final class ArtemisRawBench {

    private static final String QUEUE = "gateway.dossier.sync";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int sendTx = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int consumeTx = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Path dir = Files.createTempDirectory("bench-artemis-");
        String body = BenchSupport.sampleDossier();
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(brokerConfig(dir));
        broker.start();
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("vm://0");
                Connection connection = cf.createConnection()) {
            connection.start();
            Session out = connection.createSession(true, Session.SESSION_TRANSACTED);
            Queue queue = out.createQueue(QUEUE);
            MessageProducer producer = out.createProducer(queue);
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String code = "000.00.04.G18-251120-" + i;
                BytesMessage m = out.createBytesMessage();
                m.writeBytes(bytes);
                m.setStringProperty("_AMQ_DUPL_ID", code + ":1");
                m.setStringProperty("JMSXGroupID", code);
                m.setStringProperty("code", code);
                m.setLongProperty("version", 1);
                producer.send(m);
                if ((i + 1) % sendTx == 0 || i == n - 1) {
                    out.commit();
                }
            }
            BenchSupport.report("artemis-send(tx=" + sendTx + ")", n, System.nanoTime() - t0);

            Session in = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = in.createConsumer(in.createQueue(QUEUE));
            long t1 = System.nanoTime();
            int taken = 0;
            while (taken < n) {
                int batch = 0;
                Message m = consumer.receive(5000);
                while (m != null) {
                    new String(m.getBody(byte[].class), StandardCharsets.UTF_8);
                    m.getStringProperty("code");
                    batch++;
                    m = batch < consumeTx ? consumer.receiveNoWait() : null;
                }
                if (batch == 0) {
                    throw new IllegalStateException("queue ran dry after " + taken + " of " + n);
                }
                in.commit();
                taken += batch;
            }
            BenchSupport.report("artemis-consume(tx=" + consumeTx + ")", n, System.nanoTime() - t1);
        } finally {
            broker.stop();
            BenchSupport.deleteTree(dir);
        }
        System.exit(0); // the in-VM connector's non-daemon threads would keep the JVM up for a minute
    }

    private static ConfigurationImpl brokerConfig(Path dir) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setSecurityEnabled(false);
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO); // what Spring Boot's embedded persistent broker uses
        config.setJournalDirectory(dir.resolve("journal").toString());
        config.setBindingsDirectory(dir.resolve("bindings").toString());
        config.setPagingDirectory(dir.resolve("paging").toString());
        config.setLargeMessagesDirectory(dir.resolve("largemessages").toString());
        config.addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName()));
        // as EmbeddedBrokerConfig with the gateway's defaults (application.yaml gateway.broker.*)
        config.addAddressSetting("gateway.#", new AddressSettings()
                .setRedeliveryDelay(500).setRedeliveryMultiplier(2.0).setMaxRedeliveryDelay(30_000)
                .setRedeliveryCollisionAvoidanceFactor(0.3).setMaxDeliveryAttempts(-1)
                .setDefaultGroupBuckets(64).setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
        config.setIDCacheSize(250_000);
        config.setPersistIDCache(true);
        config.setGlobalMaxSize(64L * 1024 * 1024);
        config.setJournalBufferTimeout_NIO(500_000);
        config.setJournalBufferTimeout_AIO(500_000);
        config.addQueueConfiguration(QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST));
        return config;
    }
}
