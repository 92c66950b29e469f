package vn.lienthong.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** What the broker may do to a message: roll back its send on failover, or hold one the gateway cannot read. */
class QueueFaultsIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(1);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    private final DvcqgSimulator portal = simulator(DvcqgSimulator.class);
    private final ObjectMapper json = new ObjectMapper();
    @Autowired
    private EmbeddedActiveMQ broker;
    @Autowired
    private SyncQueue queue;
    @Autowired
    private ConnectionFactory connections;
    private FailoverRollback failover;

    @AfterEach
    void healBrokerAndResume() {
        if (failover != null) {
            broker.getActiveMQServer().unRegisterBrokerPlugin(failover);
        }
        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();
        http.post().uri("/api/systems/dvcqg/resume?what=delivery").retrieve().toBodilessEntity();
    }

    /**
     * A page read again after a crash holds a version already queued, so it is resent one version at a time; one
     * of those sends is rolled back on failover. The page is read again until every version is on the broker: none
     * is left recorded as queued without its message, and every dossier reaches the portal once.
     */
    @Test
    void shouldQueueEveryVersionOnceWhenASingleResendIsRolledBackOnFailover() throws Exception {
        pause("provincial", "intake", "provincial-feed");
        pause("dvcqg", "delivery", "dvcqg-delivery");
        SyncOutcomes outcomes = new SyncOutcomes(jdbc, province, portal);
        List<Expectation> mine = outcomes.expectationsFor(province.generate(20));
        List<Expectation> valid = mine.stream().filter(Expectation::mustAccept).filter(e -> e.code() != null).toList();
        Expectation first = valid.get(0); // the feed serves new dossiers in code order
        Expectation last = valid.get(valid.size() - 1);
        // queued before a crash that undid the cursor and the sync_version rows
        queue.sendAll(province.versions(first.key()).stream().map(raw -> version(first.code(), raw)).toList());
        failover = new FailoverRollback(last.code(), 1);
        broker.getActiveMQServer().registerBrokerPlugin(failover);

        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();
        String[] codes = mine.stream().map(Expectation::code).filter(c -> c != null).toArray(String[]::new);
        await().atMost(GENEROUS).until(() -> failover.rolledBack() == 1 && jdbc.queryForObject(
                "select count(distinct code) from sync_version where code = any(?)", Integer.class, (Object) codes)
                == codes.length);
        http.post().uri("/api/systems/dvcqg/resume?what=delivery").retrieve().toBodilessEntity();

        await().atMost(GENEROUS).pollInterval(Duration.ofSeconds(1)).until(() -> outcomes.settled(mine));
        outcomes.assertAll(mine); // each created once, none left queued
    }

    /**
     * Messages the gateway cannot read between good ones in one batch: another body type, and bytes without
     * properties that are not text. They are kept in failed_sync with their bytes; the good ones on both sides are
     * delivered; nothing is acknowledged unread, and nothing comes back.
     */
    @Test
    void shouldKeepUnreadableMessagesInFailedSyncAndDeliverTheOthersOfTheirBatch() throws Exception {
        pause("dvcqg", "delivery", "dvcqg-delivery");
        List<Expectation> good = offFeedDossiers(2);
        String textCode = "HS-UNREADABLE-" + System.nanoTime();
        byte[] garbage = {'{', 0, (byte) 0xff, '\\', 'x'};
        try (Connection connection = connections.createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(SyncQueue.QUEUE));
            producer.send(dossier(session, good.get(0)));
            Message text = session.createTextMessage("{\"code\":\"" + textCode + "\"}");
            text.setStringProperty("code", textCode);
            text.setLongProperty("version", 1);
            producer.send(text);
            BytesMessage bytes = session.createBytesMessage();
            bytes.writeBytes(garbage);
            producer.send(bytes);
            producer.send(dossier(session, good.get(1)));
            session.commit();
        }
        http.post().uri("/api/systems/dvcqg/resume?what=delivery").retrieve().toBodilessEntity();

        String[] codes = good.stream().map(Expectation::code).toArray(String[]::new);
        await().atMost(GENEROUS).until(() -> jdbc.queryForObject("select count(*) from sync_ledger where code = any(?)",
                Integer.class, (Object) codes) == 2);
        assertThat(good).allSatisfy(e -> assertThat(portal.createCount(e.code())).isEqualTo(1));
        pollsOf("dvcqg-delivery", 5); // a message rolled back would be read and counted again
        Map<String, Object> wrongType = jdbc.queryForMap("select stage, reason_code, version, record, attempts"
                + " from failed_sync where code = ?", textCode);
        assertThat(wrongType).containsEntry("stage", "read").containsEntry("reason_code", "queue.message-unreadable")
                .containsEntry("version", 1L).containsEntry("record", "{\"code\":\"" + textCode + "\"}")
                .containsEntry("attempts", 1);
        List<Map<String, Object>> unidentified = jdbc.queryForList("select reason_code, record, attempts from failed_sync"
                + " where stage = 'read' and code is null and record = ?", "{\\x00\\xFF\\\\x");
        assertThat(unidentified).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("reason_code", "queue.message-unreadable").containsEntry("attempts", 1));
    }

    private void pause(String system, String what, String route) {
        http.post().uri("/api/systems/{s}/pause?what={w}", system, what).retrieve().toBodilessEntity();
        pollsOf(route, 2); // a poll that began before the pause is over
    }

    /** Valid dossiers the feed does not carry: only the messages this test puts on the queue deliver them. */
    private List<Expectation> offFeedDossiers(int n) {
        List<Expectation> found = new ArrayList<>();
        while (found.size() < n) {
            List<String> keys = province.generateOffFeed(10);
            province.expectations().stream().filter(e -> keys.contains(e.key()))
                    .filter(e -> e.mustAccept() && e.code() != null).limit(n - found.size()).forEach(found::add);
        }
        return found;
    }

    private BytesMessage dossier(Session session, Expectation e) throws Exception {
        String raw = province.newest(e.key());
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(raw.getBytes(StandardCharsets.UTF_8));
        message.setStringProperty("JMSXGroupID", e.code());
        message.setStringProperty("code", e.code());
        message.setLongProperty("version", json.readTree(raw).path("version").asLong());
        return message;
    }

    private QueuedDossier version(String code, String raw) {
        try {
            return new QueuedDossier(code, json.readTree(raw).path("version").asLong(), raw, 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
