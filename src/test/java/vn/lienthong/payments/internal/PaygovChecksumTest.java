package vn.lienthong.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.ConfigurationFailure;

class PaygovChecksumTest {

    // reference values computed outside Java (Python's hmac module) for the contract's example notification
    private static final String EXAMPLE_MAC = "06e7622cd5ce11678bc140ad869f1a5e77a9941b9038b9280a3541c8b39362ce";

    private final PaygovChecksum checksum = new PaygovChecksum(new PaygovSettings("http://paygov", "G18", "paygov-simulator-secret"));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldComputeTheContractsHmacOverFieldsJoinedByBars() {
        assertThat(checksum.sign(List.of("Confirm", "G18", "PR-251120-00012-1", "000.00.04.G18-251120-00012",
                "PG2611200000123", "8000", "1", "20261120083102"))).isEqualTo(EXAMPLE_MAC);
    }

    @Test
    void shouldKeyAndHashUtf8Bytes() {
        PaygovChecksum vietnamese = new PaygovChecksum(new PaygovSettings("http://paygov", "G18", "khóa-bí-mật"));
        assertThat(vietnamese.sign(List.of("PG1", "PR-1", "Hồ sơ", "8000", "1", "20261120083102")))
                .isEqualTo("3638c40fbae5a29755854d13117cc2633744a6b6b98166c806fd5d07de341a6c");
    }

    @Test
    void shouldVerifyTheExampleNotificationAndRefuseAnyChangedField() {
        assertThat(checksum.verifies(example(), PaygovChecksum.NOTIFICATION)).isTrue();
        for (String field : PaygovChecksum.NOTIFICATION) {
            ObjectNode changed = example().put(field, "x");
            assertThat(checksum.verifies(changed, PaygovChecksum.NOTIFICATION)).as(field).isFalse();
        }
        assertThat(checksum.verifies(example().put("MaXacThuc", EXAMPLE_MAC.toUpperCase()), PaygovChecksum.NOTIFICATION)).isTrue();
        assertThat(checksum.verifies(example().put("MaXacThuc", EXAMPLE_MAC.substring(1)), PaygovChecksum.NOTIFICATION)).isFalse();
        assertThat(checksum.verifies(example().without("MaXacThuc"), PaygovChecksum.NOTIFICATION)).isFalse();
    }

    @Test
    void shouldTakeANumberAsTheDigitsItWasSentAs() {
        assertThat(checksum.verifies(example().put("SoTien", 8000), PaygovChecksum.NOTIFICATION)).isTrue();
    }

    @Test
    void shouldRefuseToSignWithoutASecret() {
        PaygovChecksum unconfigured = new PaygovChecksum(new PaygovSettings("http://paygov", "G18", ""));
        assertThatThrownBy(() -> unconfigured.sign(List.of("x"))).isInstanceOf(ConfigurationFailure.class)
                .hasMessageContaining("gateway.systems.paygov");
    }

    private ObjectNode example() {
        return json.createObjectNode().put("LoaiBanTin", "Confirm").put("PhienBan", "1.0.0").put("MaDoiTac", "G18")
                .put("MaThamChieu", "PR-251120-00012-1").put("MaHoSo", "000.00.04.G18-251120-00012")
                .put("MaGiaoDich", "PG2611200000123").put("SoTien", "8000").put("MaTienTe", "VND")
                .put("TrangThai", "1").put("ThoiGianGD", "20261120083102").put("MaXacThuc", EXAMPLE_MAC);
    }
}
