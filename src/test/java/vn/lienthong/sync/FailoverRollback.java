package vn.lienthong.sync;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQTransactionRolledBackException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerMessagePlugin;
import org.apache.activemq.artemis.core.transaction.Transaction;

/**
 * A broker plugin that rolls back the chosen transaction the way a client that reconnected in the middle of it
 * does: its commit fails with "rolled back on failover" (a TransactionRolledBackException to the JMS client).
 * It takes the first {@code times} still-healthy transactions that send a version of one dossier.
 */
final class FailoverRollback implements ActiveMQServerMessagePlugin {

    private final String code;
    private final AtomicInteger left;
    private final AtomicInteger rolledBack = new AtomicInteger();

    FailoverRollback(String code, int times) {
        this.code = code;
        this.left = new AtomicInteger(times);
    }

    @Override
    public void beforeSend(ServerSession session, Transaction tx, Message message, boolean direct,
            boolean noAutoCreateQueue) throws ActiveMQException {
        // a transaction the broker refuses already (a duplicate in it) fails on its own: not a failover
        if (tx != null && tx.getState() == Transaction.State.ACTIVE && code.equals(message.getStringProperty("code"))
                && left.getAndDecrement() > 0) {
            tx.markAsRollbackOnly(new ActiveMQTransactionRolledBackException(
                    "The transaction was rolled back on failover to a backup server"));
            rolledBack.incrementAndGet();
        }
    }

    /** How many transactions it rolled back so far. */
    int rolledBack() {
        return rolledBack.get();
    }
}
