package vn.lienthong.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldReadThePaymentTimeAsLocalTimeInVietnam() {
        Notification n = Notification.read(example(), "G18");
        assertThat(n.paidAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T08:31:02+07:00"));
        assertThat(n.amount()).isEqualTo(8000);
        assertThat(n.status()).isEqualTo("1");
        assertThat(n.record()).contains("\"MaXacThuc\"");
    }

    @Test
    void shouldCompareTheStatusNumerically() {
        assertThat(Notification.read(example().put("TrangThai", "01"), "G18").status()).isEqualTo("1");
    }

    @Test
    void shouldRefuseWhatNoRelayCanUseWithAReason() {
        assertThatThrownBy(() -> Notification.read(example(), "G01")).hasMessageStartingWith("MaDoiTac:");
        assertThatThrownBy(() -> Notification.read(example().put("TrangThai", "9"), "G18")).hasMessageStartingWith("TrangThai:");
        assertThatThrownBy(() -> Notification.read(example().put("SoTien", "8.000"), "G18")).hasMessageStartingWith("SoTien:");
        assertThatThrownBy(() -> Notification.read(example().put("ThoiGianGD", "20/11/2026"), "G18"))
                .hasMessageStartingWith("ThoiGianGD:");
        assertThatThrownBy(() -> Notification.read(example().without("MaThamChieu"), "G18"))
                .hasMessage("MaThamChieu: missing");
    }

    private ObjectNode example() {
        return json.createObjectNode().put("LoaiBanTin", "Confirm").put("MaDoiTac", "G18")
                .put("MaThamChieu", "PR-251120-00012-1").put("MaHoSo", "000.00.04.G18-251120-00012")
                .put("MaGiaoDich", "PG2611200000123").put("SoTien", "8000").put("TrangThai", "1")
                .put("ThoiGianGD", "20261120083102").put("MaXacThuc", "ignored here");
    }
}
