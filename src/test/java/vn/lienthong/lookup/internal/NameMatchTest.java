package vn.lienthong.lookup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NameMatchTest {

    @Test
    void shouldMatchAnUpperCaseRecordAgainstTheNameAsTyped() {
        assertThat(NameMatch.same("Nguyễn Văn An", "NGUYỄN VĂN AN")).isTrue();
        assertThat(NameMatch.key("Trần Thị Thủy")).isEqualTo("TRANTHITHUY");
    }

    @Test
    void shouldMatchDecomposedInput() {
        String nfd = Normalizer.normalize("Phạm Thị Hương", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Phạm Thị Hương");
        assertThat(NameMatch.same(nfd, "PHẠM THỊ HƯƠNG")).isTrue();
    }

    @Test
    void shouldIgnoreTheToneMarkPosition() {
        assertThat(NameMatch.same("Lê Thị Hoá", "LÊ THỊ HÓA")).isTrue();
        assertThat(NameMatch.same("Ngô Văn Thuỵ", "Ngô Văn Thụy")).isTrue();
    }

    @Test
    void shouldTurnDWithStrokeIntoD() {
        assertThat(NameMatch.key("Đặng Đức Đạt")).isEqualTo("DANGDUCDAT");
        assertThat(NameMatch.same("Đinh Văn Dũng", "DINH VAN DUNG")).isTrue();
    }

    @Test
    void shouldMatchAWholeNameGivenInOneField() {
        // population records sometimes carry the whole name in Ten with Ho and ChuDem empty
        assertThat(NameMatch.same("" + "" + "NGUYỄN VĂN BÌNH", "Nguyễn  Văn Bình")).isTrue();
        assertThat(NameMatch.same("NGUYỄN" + "VĂN" + "BÌNH", "Nguyễn Văn Bình")).isTrue();
    }

    @Test
    void shouldKeepLettersOnly() {
        assertThat(NameMatch.key(" Hồ-Thị  Mai (Bé) ")).isEqualTo("HOTHIMAIBE");
    }

    @Test
    void shouldTellDifferentNamesApart() {
        assertThat(NameMatch.same("Nguyễn Văn An", "Nguyễn Văn Anh")).isFalse();
        assertThat(NameMatch.same("Lê Thị Hoa", "Lê Thị Hòa")).as("diacritics are dropped, by contract").isTrue();
        assertThat(NameMatch.same("Trần Văn Nam", "Trần Nam")).isFalse();
    }

    @Test
    void shouldCompareBirthDatesOrYearsOnly() {
        assertThat(BirthDates.same("2003-05-14", "20030514")).isTrue();
        assertThat(BirthDates.same("2003-05-14", "14/05/2003")).isTrue();
        assertThat(BirthDates.same("2003", "20030514")).isTrue();
        assertThat(BirthDates.same("2003-05-14", "2004")).isFalse();
        assertThat(BirthDates.same("2003-05-14", "20030515")).isFalse();
        assertThat(BirthDates.same(null, "20030515")).isFalse();
    }
}
