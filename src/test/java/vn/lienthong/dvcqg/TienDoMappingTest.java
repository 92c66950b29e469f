package vn.lienthong.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.dossier.SampleDossier.JSON;
import static vn.lienthong.dossier.SampleDossier.readValid;
import static vn.lienthong.dossier.SampleDossier.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.dossier.SampleDossier;

class TienDoMappingTest {

    private final HoSoMapper mapper = new HoSoMapper("G18");

    @Test
    void shouldMapTheContractHistoryToTheContractTienDo() throws Exception {
        List<TienDo> steps = mapper.toSteps(SampleDossier.dossier());

        JsonNode sent = JSON.valueToTree(steps.get(0));

        assertThat(steps).hasSize(1);
        assertThat(sent).isEqualTo(SampleDossier.resource("/dvcqg/sample-tiendo.json"));
    }

    @Test
    void shouldMapStepStatusAndLeaveMissingDueDateEmpty() throws Exception {
        var dossier = with("/history/0/status", "releasing");
        with(dossier, "/history/0/stepDueAt", null);

        TienDo step = mapper.toSteps(readValid(dossier)).get(0);

        assertThat(step.trangThai()).isEqualTo("9");
        assertThat(step.ngayKetThucTheoQuyDinh()).isEmpty();
    }

    @Test
    void shouldSendNoStepsForEmptyHistory() throws Exception {
        assertThat(mapper.toSteps(readValid(with("/history", List.of())))).isEmpty();
    }

    @Test
    void shouldAcceptHandlerNameOfExactlyFiftyCharacters() throws Exception {
        String handler = "Nguyễn Thị Thanh Hương".repeat(3).substring(0, 50);

        assertThat(mapper.toSteps(readValid(with("/history/0/handler", handler))).get(0).nguoiXuLy()).hasSize(50);
    }

    @Test
    void shouldRejectHandlerNameLongerThanFiftyCharacters() {
        String handler = "a".repeat(51);

        assertThatThrownBy(() -> mapper.toSteps(readValid(with("/history/0/handler", handler))))
                .hasMessage("history[0].handler: 51 characters, the portal (NguoiXuLy) allows at most 50");
    }

    @Test
    void shouldRejectStepWithoutTime() {
        assertThatThrownBy(() -> mapper.toSteps(readValid(with("/history/0/at", null))))
                .extracting("field").isEqualTo("history[0].at");
    }

    @Test
    void shouldRejectStepsOfADossierOutsideTheProvince() {
        assertThatThrownBy(() -> mapper.toSteps(readValid(with("/code", "000.00.04.G19-251120-00012"))))
                .extracting("field").isEqualTo("code");
    }
}
