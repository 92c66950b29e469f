package vn.lienthong.simulator.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DossierGeneratorTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 20, 10, 0, 0, 0, Dates.ZONE);

    @Test
    void shouldGenerateTheSameDossiersForTheSameSeed() {
        assertThat(served(generate(2025, 300))).isEqualTo(served(generate(2025, 300)));
        assertThat(served(generate(2025, 50))).isNotEqualTo(served(generate(2026, 50)));
    }

    @Test
    void shouldMakeDirtyShareCloseToDirtyRateWithEveryDefectKind() {
        List<GeneratedDossier> dossiers = generate(7, 6000);

        long dirty = dossiers.stream().filter(d -> d.defect() != null).count();
        assertThat(dirty / 6000.0).isBetween(0.08, 0.12);
        Set<Defect> kinds = EnumSet.noneOf(Defect.class);
        dossiers.stream().filter(d -> d.defect() != null).forEach(d -> kinds.add(d.defect()));
        assertThat(kinds).containsExactlyInAnyOrder(Defect.values());
        assertThat(dossiers.stream().map(Expectation::of).filter(e -> !e.mustAccept()).count())
                .isBetween(dirty / 4, dirty * 3 / 4);
    }

    @Test
    void shouldGiveCleanDossiersConsistentIdentifiersCodesAndDates() {
        for (GeneratedDossier dossier : generate(11, 1000)) {
            ObjectNode d = dossier.clean();
            assertThat(d.get("code").asText()).matches("^\\d{3}\\.\\d{2}\\.\\d{2}\\.G18-\\d{6}-\\d{5}$")
                    .startsWith(d.get("agency").get("code").asText() + "-");
            assertThat(d.get("procedure").get("code").asText()).matches("^\\d\\.\\d{6}$");
            JsonNode applicant = d.get("applicant");
            String number = applicant.get("identityNumber").asText();
            switch (applicant.get("identityType").asText()) {
                case "CCCD" -> {
                    String year = applicant.get("birthDate").asText().substring(0, 4);
                    assertThat(number).matches("\\d{12}").endsWith(number.substring(6));
                    assertThat(number.substring(4, 6)).isEqualTo(year.substring(2));
                    assertThat(Identifiers.CCCD_PROVINCES).contains(number.substring(0, 3));
                    assertThat((number.charAt(3) - '0') / 2).isEqualTo(Integer.parseInt(year) / 100 - 19);
                }
                case "MST" -> assertThat(Identifiers.mstCheckDigit(number)).isEqualTo(number.charAt(9) - '0');
                default -> assertThat(applicant.get("type").asText()).isEqualTo("organization");
            }
            if (d.hasNonNull("acceptedDate")) {
                assertThat(d.get("acceptedDate").asText()).isGreaterThanOrEqualTo(d.get("appliedDate").asText());
            }
            d.get("fees").forEach(fee -> assertThat(fee.get("paymentRef").asText())
                    .matches("^PR-\\d{6}-\\d{5}-[1-3]$"));
        }
    }

    @Test
    void shouldKeepTheDefectInEveryLaterVersion() {
        DossierGenerator generator = new DossierGenerator(3, 1.0, "G18");
        List<GeneratedDossier> dossiers = IntStream.range(0, 300).mapToObj(i -> generator.next(NOW)).toList();

        for (GeneratedDossier dossier : dossiers) {
            ObjectNode first = dossier.served(dossier.clean());
            generator.advance(dossier.clean(), NOW.plusHours(1));
            ObjectNode later = dossier.served(dossier.clean());
            // the lifecycle never touches these, so any difference would be a different defect
            for (String field : List.of("code", "procedure", "applicant", "summary")) {
                assertThat(later.path(field)).isEqualTo(first.path(field));
            }
            assertThat(later.has("code")).isEqualTo(dossier.defect() != Defect.MISSING_CODE);
            assertThat(later.has("status")).isEqualTo(dossier.defect() != Defect.MISSING_STATUS);
        }
    }

    @Test
    void shouldAcceptTheContractsValidTaxCodes() {
        for (String mst : List.of("0100233488", "0314409058", "0100112437")) {
            assertThat(Identifiers.mstCheckDigit(mst)).isEqualTo(mst.charAt(9) - '0');
        }
    }

    private static List<GeneratedDossier> generate(long seed, int n) {
        DossierGenerator generator = new DossierGenerator(seed, 0.1, "G18");
        return IntStream.range(0, n).mapToObj(i -> generator.next(NOW)).toList();
    }

    private static List<ObjectNode> served(List<GeneratedDossier> dossiers) {
        return dossiers.stream().map(d -> d.served(d.clean())).toList();
    }
}
