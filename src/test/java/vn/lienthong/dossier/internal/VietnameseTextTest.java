package vn.lienthong.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void shouldComposeDecomposedVietnameseToNfc() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n An";

        String normalized = VietnameseText.normalize(decomposed);

        assertThat(normalized).isEqualTo("Nguy\u1ec5n V\u0103n An");
        assertThat(Normalizer.isNormalized(normalized, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void shouldCollapseRunsOfWhiteSpaceAndTrim() {
        assertThat(VietnameseText.normalize("  Nguyễn  \t Văn\u00a0\u00a0An \n")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void shouldKeepOldTonePositionAsReceived() {
        assertThat(VietnameseText.normalize("Thanh Hoá")).isEqualTo("Thanh Ho\u00e1");
        assertThat(VietnameseText.normalize("Thanh Hoa\u0301")).isEqualTo("Thanh Ho\u00e1");
        assertThat(VietnameseText.normalize("Thanh Hóa")).isEqualTo("Thanh H\u00f3a");
    }

    @Test
    void shouldLeaveAbsentTextAbsent() {
        assertThat(VietnameseText.normalize(null)).isNull();
    }

    @Test
    void shouldCountCharactersNotCombiningMarks() {
        assertThat(VietnameseText.length(VietnameseText.normalize("Nguye\u0302\u0303n"))).isEqualTo(6);
    }
}
