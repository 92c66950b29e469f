package vn.lienthong.sync.internal;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.platform.RetryAfterGate;
import vn.lienthong.sync.QueuedDossier;
import vn.lienthong.sync.SyncQueue;

/**
 * Takes a batch of dossier versions off the queue inside one broker transaction bound to the Camel
 * exchange: acknowledged when the exchange ends only if every version of the batch has its outcome
 * recorded, otherwise rolled back so the broker redelivers it with back-off. Takes nothing while the portal's circuit
 * is open or it asked us to wait, so dossiers wait on the broker instead of failing. A message that is not a
 * dossier version the gateway can read is kept in failed_sync (stage {@code read}, with its bytes) before its batch
 * is acknowledged: rolled back instead, it would come back forever, as the broker never dead-letters (a long
 * outage must not move dossiers aside).
 */
@Component
public class SyncInbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SyncInbox.class);

    private final ConnectionFactory connectionFactory;
    private final CircuitBreakers breakers;
    private final RetryAfterGate retryAfter;
    private final SyncMetrics metrics;
    private final SyncVersions versions;
    private final SyncRecorder recorder;
    private final int batchSize;
    private final long waitMillis;
    private Connection connection;
    private Session session;
    private MessageConsumer consumer;

    public SyncInbox(ConnectionFactory connectionFactory, CircuitBreakers breakers, RetryAfterGate retryAfter,
            SyncMetrics metrics, SyncVersions versions, SyncRecorder recorder,
            @Value("${gateway.delivery.batch-size:500}") int batchSize,
            @Value("${gateway.delivery.wait:500ms}") java.time.Duration wait) {
        this.connectionFactory = connectionFactory;
        this.breakers = breakers;
        this.retryAfter = retryAfter;
        this.metrics = metrics;
        this.versions = versions;
        this.recorder = recorder;
        this.batchSize = batchSize;
        this.waitMillis = wait.toMillis();
    }

    public synchronized List<QueuedDossier> take(Exchange exchange) throws JMSException {
        if (breakers.isOpen(DvcqgClient.SYSTEM) || retryAfter.isHeld(DvcqgClient.SYSTEM)) {
            return List.of();
        }
        List<QueuedDossier> batch = new ArrayList<>();
        List<Rejection> unreadable = new ArrayList<>();
        try {
            MessageConsumer in = consumer();
            Message message = in.receive(waitMillis);
            while (message != null) {
                read(message, batch, unreadable);
                message = batch.size() + unreadable.size() < batchSize ? in.receiveNoWait() : null;
            }
        } catch (JMSException | RuntimeException e) {
            destroy(); // reconnect on the next take; whatever was received goes back unacknowledged
            throw e;
        }
        if (!batch.isEmpty() || !unreadable.isEmpty()) {
            // from here the exchange's end commits or rolls back the session: never left open for the next take
            exchange.getExchangeExtension().addOnCompletion(new Acknowledgement(batch));
            recorder.recordUnreadable(unreadable);
            metrics.retried((int) batch.stream().filter(q -> q.deliveryCount() > 1).count());
        }
        return batch;
    }

    private static void read(Message message, List<QueuedDossier> batch, List<Rejection> unreadable)
            throws JMSException {
        try {
            batch.add(QueueMessages.read(message));
        } catch (MessageFormatException | RuntimeException e) {
            unreadable.add(QueueMessages.unreadable(message, e));
        }
    }

    private MessageConsumer consumer() throws JMSException {
        if (consumer == null) {
            connection = connectionFactory.createConnection();
            session = connection.createSession(true, Session.SESSION_TRANSACTED);
            consumer = session.createConsumer(session.createQueue(SyncQueue.QUEUE));
            connection.start();
        }
        return consumer;
    }

    @Override
    public synchronized void destroy() {
        try {
            if (connection != null) {
                connection.close(); // unacknowledged messages go back to the queue
            }
        } catch (JMSException e) {
            log.warn("Closing the delivery connection: {}", e.getMessage());
        } finally {
            connection = null;
            session = null;
            consumer = null;
        }
    }

    /** Acknowledges the batch only if the ledger holds an outcome for every one of its versions. */
    private final class Acknowledgement extends SynchronizationAdapter {

        private final List<QueuedDossier> batch;

        Acknowledgement(List<QueuedDossier> batch) {
            this.batch = batch;
        }

        @Override
        public void onComplete(Exchange exchange) {
            if (!allDecided()) {
                onFailure(exchange);
                return;
            }
            try {
                session.commit();
            } catch (JMSException e) {
                log.warn("Acknowledging a delivered batch failed; the ledger absorbs its redelivery: {}", e.getMessage());
            }
        }

        /** When the ledger cannot say, the batch is not acknowledged: an open transaction would be acked later. */
        private boolean allDecided() {
            try {
                return versions.allDecided(batch);
            } catch (RuntimeException e) {
                log.warn("Cannot check the outcomes of a batch, returning it to the broker: {}", e.getMessage());
                return false;
            }
        }

        @Override
        public void onFailure(Exchange exchange) {
            try {
                session.rollback();
            } catch (JMSException e) {
                log.warn("Returning a batch to the broker failed; the broker returns it on reconnect: {}", e.getMessage());
            }
        }
    }
}
