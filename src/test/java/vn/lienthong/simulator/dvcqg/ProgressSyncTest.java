package vn.lienthong.simulator.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.simulator.dvcqg.DossierSyncTest.number;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.hoSo;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.progress;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.sync;
import static vn.lienthong.simulator.dvcqg.HoSoSamples.tienDo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimulatorTest;

class ProgressSyncTest extends SimulatorTest {

    private static final String MA = "000.00.04.G18-251120-00012";

    private String session;

    @BeforeEach
    void loginAndCreate() {
        session = http.login();
        http.service(session, sync(false, hoSo(MA)));
    }

    @Test
    void shouldKeepFirstStepWhenSameStepIsSentAgain() {
        JsonNode first = http.service(session, progress(tienDo(MA, "20261120082031")));
        JsonNode again = http.service(session, progress(tienDo(MA, "20261120082031").put("NoiDungXuLy", "khác")));

        assertThat(number(first.get("data").get(0).get("error_code"))).isZero();
        assertThat(number(again.get("data").get(0).get("error_code"))).isZero();
        assertThat(portal.steps(MA)).hasSize(1);
        assertThat(portal.steps(MA).get(0).get("NoiDungXuLy").asText()).isEqualTo("Tiếp nhận hồ sơ");
    }

    @Test
    void shouldFailStepOfUnknownDossierWithCodeTwo() {
        JsonNode answer = http.service(session, progress(tienDo("000.00.04.G18-251120-99999", "20261120082031")));

        assertThat(number(answer.get("data").get(0).get("error_code"))).isEqualTo(2);
    }

    @Test
    void shouldFailStepWithHandlerNameLongerThanFifty() {
        JsonNode answer = http.service(session, progress(tienDo(MA, "20261120082031").put("NguoiXuLy", "x".repeat(51))));

        assertThat(number(answer.get("data").get(0).get("error_code"))).isEqualTo(1);
        assertThat(answer.get("data").get(0).get("message").asText()).contains("NguoiXuLy");
    }

    @Test
    void shouldRefuseMoreThanTenStepsAsAWhole() {
        ObjectNode[] steps = IntStream.range(0, 11).mapToObj(i -> tienDo(MA, "202611200820" + (10 + i)))
                .toArray(ObjectNode[]::new);

        JsonNode answer = http.service(session, progress(steps));

        assertThat(number(answer.get("error_code"))).isNotZero();
        assertThat(portal.steps(MA)).isEmpty();
    }
}
