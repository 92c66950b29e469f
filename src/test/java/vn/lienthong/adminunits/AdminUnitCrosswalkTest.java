package vn.lienthong.adminunits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienthong.adminunits.internal.CrosswalkRow;

/** The facts of reference/admin-units/README.md, checked against the crosswalk as the gateway loads it. */
class AdminUnitCrosswalkTest {

    private static final AdminUnitCrosswalk CROSSWALK = AdminUnitCrosswalk.load();

    @Test
    void shouldHoldEveryRowOfTheOfficialTable() {
        assertThat(CROSSWALK.rows()).hasSize(10_571);
        assertThat(CROSSWALK.currentCommuneCount()).isEqualTo(3_321);
        assertThat(CROSSWALK.rows().stream().filter(r -> !r.hasLegacyCommune())).hasSize(6);
    }

    @Test
    void shouldMapTenThousandAndThirtyThreeLegacyCommunesOntoEveryCurrentOne() {
        Set<String> legacy = CROSSWALK.rows().stream().filter(CrosswalkRow::hasLegacyCommune)
                .map(r -> r.legacy().communeCode()).collect(Collectors.toSet());
        Set<String> current = CROSSWALK.rows().stream().map(r -> r.current().communeCode()).collect(Collectors.toSet());
        assertThat(legacy).hasSize(10_033);
        assertThat(current).hasSize(3_321);
    }

    @Test
    void shouldAnswerWithASetForTheFourHundredAndFortyOneSplitCommunes() {
        Map<String, Set<UnitCode>> targets = CROSSWALK.rows().stream().filter(CrosswalkRow::hasLegacyCommune)
                .collect(Collectors.groupingBy(r -> r.legacy().communeCode(),
                        Collectors.mapping(CrosswalkRow::current, Collectors.toSet())));
        assertThat(targets.values().stream().filter(s -> s.size() > 1)).hasSize(441);

        // Phường Ngọc Hà (Quận Ba Đình) was split between Phường Ba Đình and Phường Ngọc Hà
        assertThat(CROSSWALK.currentOf(UnitCode.legacy("01", "001", "00016")))
                .containsExactlyInAnyOrder(UnitCode.current("01", "00004"), UnitCode.current("01", "00008"));
    }

    @Test
    void shouldResolveAReusedCodeByItsVersion() {
        assertThat(CROSSWALK.communeName(UnitCode.current("01", "00004"))).contains("Phường Ba Đình");
        assertThat(CROSSWALK.communeName(UnitCode.legacy("01", "001", "00004"))).contains("Phường Trúc Bạch");
        assertThat(CROSSWALK.legacyOf(UnitCode.current("01", "00004")))
                .contains(UnitCode.legacy("01", "001", "00004"), UnitCode.legacy("01", "001", "00013"));
    }

    @Test
    void shouldRefuseACodeOfTheWrongVersion() {
        assertThatThrownBy(() -> CROSSWALK.legacyOf(UnitCode.legacy("01", "001", "00004")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-07-01");
    }

    @Test
    void shouldTakeTheLegacyProvinceFromTheDistrictWhereTheTableContradictsIt() {
        // Phường 4 of Thành phố Tân An: the table says Tiền Giang (82); district 794 belongs to Long An (80)
        assertThat(CROSSWALK.legacyOf(UnitCode.current("80", "27694")))
                .contains(UnitCode.legacy("80", "794", "27691"));
        assertThat(CROSSWALK.currentOf(UnitCode.legacy("80", "794", "27691")))
                .containsExactly(UnitCode.current("80", "27694"));
    }

    @Test
    void shouldRefuseReferenceDataThatDoesNotMatchItsChecksums() {
        assertThatThrownBy(() -> AdminUnitCrosswalk.load("/reference/admin-units-tampered"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SHA256SUMS");
    }
}
