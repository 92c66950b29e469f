package vn.lienthong.sync;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.springframework.jms.JmsException;
import jakarta.jms.BytesMessage;
import java.nio.charset.StandardCharsets;
import jakarta.jms.ConnectionFactory;
import java.util.List;
import java.util.function.Function;
import org.apache.activemq.artemis.api.core.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/** Puts dossier versions on the durable queue: a whole page in one broker transaction. */
@Component
public class SyncQueue {

    public static final String QUEUE = "gateway.dossier.sync";
    /** Message properties of a copy sent again ({@link SendAgain}): why, and the mark its sync_version row waits for. */
    public static final String SENT_AGAIN = "sentAgain";
    public static final String MARK = "sentAgainMark";
    /** A re-sync's mark as messages queued before there were other causes carry it. */
    public static final String RESYNC = "resync";
    private static final Logger log = LoggerFactory.getLogger(SyncQueue.class);

    private final JmsTemplate jms;

    public SyncQueue(ConnectionFactory connectionFactory) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setSessionTransacted(true);
    }

    public void sendAll(List<QueuedDossier> items) {
        sendAll(items, QueuedDossier::duplicateId);
    }

    /** The same under other duplicate-detection ids (a replay of a version already queued once needs its own). */
    public void sendAll(List<QueuedDossier> items, Function<QueuedDossier, String> duplicateId) {
        if (items.isEmpty()) {
            return;
        }
        try {
            jms.execute(session -> send(session, items, duplicateId), true);
        } catch (JmsException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            // after a crash between broker commit and cursor save, part of the page is queued already, and the
            // broker refuses a transaction holding one duplicate whole: resend one by one, dropping duplicates
            log.warn("Page of {} held versions already queued; resending one at a time so duplicates are dropped",
                    items.size());
            for (QueuedDossier item : items) {
                sendOneIgnoringDuplicate(item, duplicateId);
            }
        }
    }

    /**
     * Only the broker's own duplicate-id rejection is a duplicate. A transaction rolled back for any other reason
     * (on failover after a reconnect, or with an unknown outcome) is thrown, so the caller's page is read again:
     * dropping it would leave its version recorded as queued with no message behind it.
     */
    private void sendOneIgnoringDuplicate(QueuedDossier item, Function<QueuedDossier, String> duplicateId) {
        try {
            jms.execute(session -> send(session, List.of(item), duplicateId), true);
        } catch (JmsException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            log.debug("Version {} already queued", duplicateId.apply(item));
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ActiveMQException broker && broker.getType() == ActiveMQExceptionType.DUPLICATE_ID_REJECTED) {
                return true;
            }
        }
        return false;
    }

    private Void send(Session session, List<QueuedDossier> items, Function<QueuedDossier, String> duplicateId)
            throws JMSException {
        try (MessageProducer producer = session.createProducer(session.createQueue(QUEUE))) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (QueuedDossier item : items) {
                BytesMessage message = session.createBytesMessage();
                message.writeBytes(item.raw().getBytes(StandardCharsets.UTF_8)); // half the journal of UTF-16 text
                String id = duplicateId.apply(item);
                if (id != null) {
                    message.setStringProperty(Message.HDR_DUPLICATE_DETECTION_ID.toString(), id);
                }
                message.setStringProperty("JMSXGroupID", item.code()); // one consumer per dossier: per-dossier order
                message.setStringProperty("code", item.code());
                message.setLongProperty("version", item.version());
                if (item.isSentAgain()) {
                    message.setStringProperty(SENT_AGAIN, item.cause().code());
                    message.setStringProperty(MARK, item.mark());
                }
                producer.send(message);
            }
        }
        session.commit();
        return null;
    }
}
