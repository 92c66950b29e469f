package vn.lienthong.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.dvcqg.ContentHash;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.reconcile.internal.CodeOrder;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The ledger's payload_hash is what the portal calls BamNoiDung: the SHA-256 of the RFC 8785 canonical
 * HoSo exactly as sent, read back over the portal's own API (DanhSachHoSo, and TraCuuHoSo's stored HoSo).
 */
class LedgerHashIT extends GatewayIntegrationTest {

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);
    @Autowired
    private DvcqgClient portal;
    @Autowired
    private ObjectMapper json;

    @Test
    void shouldStoreTheHashThePortalComputesForEveryDeliveredDossier() {
        List<String> keys = province.generate(30);
        await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.queryForObject(
                "select count(*) from sync_version where code = any(?::text[]) and state = 'queued'", Integer.class,
                (Object) keys.toArray(String[]::new)) == 0 && delivered(keys).size() > 20);
        Map<String, String> ledger = delivered(keys);

        for (Map.Entry<String, String> row : ledger.entrySet()) {
            assertThat(bamNoiDung(row.getKey())).as(row.getKey()).isEqualTo(row.getValue());
            JsonNode stored = portal.lookUp(row.getKey()).orElseThrow();
            assertThat(ContentHash.of(stored)).isEqualTo(row.getValue());
        }
    }

    private Map<String, String> delivered(List<String> codes) {
        Map<String, String> rows = new HashMap<>();
        jdbc.query("select code, payload_hash from sync_ledger where code = any(?::text[])",
                rs -> {
                    rows.put(rs.getString(1), rs.getString(2));
                }, (Object) codes.toArray(String[]::new));
        return rows;
    }

    /** The dossier's line in DanhSachHoSo of its unit. */
    private String bamNoiDung(String code) {
        String unit = CodeOrder.unitOf(code);
        for (int page = 1; ; page++) {
            JsonNode answer = portal.call(json.createObjectNode().put("service", "DanhSachHoSo").put("MaDonVi", unit)
                    .put("Trang", page).put("SoBanGhi", 1000));
            for (JsonNode item : answer.path("data")) {
                if (code.equals(item.path("MaHoSo").asText())) {
                    return item.path("BamNoiDung").asText();
                }
            }
            if (answer.path("data").size() < 1000) {
                return null;
            }
        }
    }
}
