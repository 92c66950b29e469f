package vn.lienthong.simulator.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

class BulkTemplatesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldFillTheHoSoAndKeepItCanonical() throws Exception {
        byte[] hoSo = BulkTemplates.hoSo("000.00.01.G18-251120-0000042", "4", "Dang ky khai sinh cho con");
        assertThat(new JsonCanonicalizer(hoSo).getEncodedUTF8()).isEqualTo(hoSo);
        JsonNode tree = json.readTree(hoSo);
        assertThat(tree.path("MaHoSo").asText()).isEqualTo("000.00.01.G18-251120-0000042");
        assertThat(tree.path("Email").asText()).isEqualTo("an.nguyen@example.vn");
        assertThat(tree.path("TenTTHC").asText()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void shouldFillTheProvincialDossier() throws Exception {
        byte[] dossier = BulkTemplates.dossier("000.00.01.G18-251120-0000042", "000.00.01.G18", 2,
                "2026-11-20T09:41:12.345+07:00");
        JsonNode tree = json.readTree(new String(dossier, StandardCharsets.UTF_8));
        assertThat(tree.path("code").asText()).isEqualTo("000.00.01.G18-251120-0000042");
        assertThat(tree.path("version").asLong()).isEqualTo(2);
        assertThat(tree.path("agency").path("code").asText()).isEqualTo("000.00.01.G18");
        assertThat(tree.path("fees").get(0).path("paymentRef").asText()).isEqualTo("PR-000.00.01.G18-251120-0000042-1");
    }
}
