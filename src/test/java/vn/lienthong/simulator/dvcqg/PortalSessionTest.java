package vn.lienthong.simulator.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.simulator.dvcqg.DossierSyncTest.number;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.hoSo;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimulatorTest;

class PortalSessionTest extends SimulatorTest {

    private static final Map<String, String> LOOKUP = Map.of("service", "TraCuuHoSo", "MaHoSo", "x");

    @Test
    void shouldAnswerMinusOneToWrongCredentials() {
        JsonNode answer = http.postJson("/sim/dvcqg/api/dvcqg/login",
                Map.of("username", "lienthong", "password", "wrong")).json();

        assertThat(number(answer.get("error_code"))).isEqualTo(-1);
        assertThat(answer.has("session")).isFalse();
    }

    @Test
    void shouldAnswerSessionExpiredWithoutOrWithUnknownSession() {
        JsonNode without = http.postJson("/sim/dvcqg/api/dvcqg/service", LOOKUP).json();
        JsonNode unknown = http.service("d2b7", LOOKUP);

        assertThat(number(without.get("error_code"))).isEqualTo(-1);
        assertThat(unknown.get("message").asText()).isEqualTo("Phiên làm việc hết hạn");
    }

    @Test
    void shouldExpireSessionOnEveryNthServiceCall() {
        http.putJson("/sim/dvcqg/_admin/faults", Map.of("session-expiry-every", 4));
        String session = http.login();

        for (int call = 1; call <= 3; call++) {
            assertThat(number(http.service(session, LOOKUP).get("error_code"))).isEqualTo(2);
        }
        assertThat(number(http.service(session, LOOKUP).get("error_code"))).isEqualTo(-1);
        assertThat(number(http.service(session, LOOKUP).get("error_code"))).isEqualTo(-1);
        assertThat(number(http.service(http.login(), LOOKUP).get("error_code"))).isEqualTo(2);
    }

    @Test
    void shouldStoreNothingWhenAnsweringBusy() {
        http.putJson("/sim/dvcqg/_admin/faults", Map.of("busy-rate", 1.0));
        String session = http.login();

        JsonNode answer = http.service(session, sync(false, hoSo("000.00.04.G18-251120-00012")));

        assertThat(number(answer.get("error_code"))).isEqualTo(99);
        assertThat(portal.size()).isZero();
        assertThat(http.get("/sim/dvcqg/_admin/stats").json().at("/faults/busy").asInt()).isEqualTo(1);
    }
}
