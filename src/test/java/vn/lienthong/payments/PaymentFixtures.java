package vn.lienthong.payments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.paygov.PaygovSimulator;
import vn.lienthong.simulator.provincial.Payment;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** What the payment tests share: an unpaid fee to pay, PayGov's notification sent, and the relay's state. */
public final class PaymentFixtures {

    private final ProvincialSimulator province;
    private final PaygovSimulator paygov;
    private final JdbcTemplate jdbc;
    private final RestClient http;

    public PaymentFixtures(ProvincialSimulator province, PaygovSimulator paygov, JdbcTemplate jdbc, RestClient http) {
        this.province = province;
        this.paygov = paygov;
        this.jdbc = jdbc;
        this.http = http;
    }

    /** An unpaid fee of a dossier the portal will take (generating dossiers until there is one). */
    public Payment unpaidFee() {
        return unpaidFeeOutside(null);
    }

    /** The same, of a dossier other than this one (a dossier has several fees). */
    public Payment unpaidFeeOutside(String dossierCode) {
        List<Payment> unpaid = unpaidFeesOutside(dossierCode);
        while (unpaid.isEmpty()) {
            province.generate(50);
            unpaid = unpaidFeesOutside(dossierCode);
        }
        return unpaid.get(0);
    }

    /** Fees of dossiers the portal will take: a dossier kept as invalid never reaches the ledger in a new version. */
    private List<Payment> unpaidFeesOutside(String dossierCode) {
        Set<String> valid = province.expectations().stream().filter(Expectation::mustAccept).map(Expectation::code)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return paygov.unpaidFees().stream()
                .filter(p -> !p.dossierCode().equals(dossierCode) && valid.contains(p.dossierCode())).toList();
    }

    /** PayGov's notification as it posts it to the gateway; the gateway's answer. */
    public JsonNode notify(Map<String, Object> message) {
        return http.post().uri("/paygov/notify").contentType(MediaType.APPLICATION_JSON).body(message)
                .retrieve().body(JsonNode.class);
    }

    /** The relay state of the transaction's event in this PayGov status (1 = success), or null if none was stored. */
    public String relayState(String transactionId, String status) {
        List<String> state = jdbc.queryForList("select relay_state from payment_event where transaction_id = ? and status = ?",
                String.class, transactionId, status);
        return state.isEmpty() ? null : state.get(0);
    }
}
