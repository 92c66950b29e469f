package vn.lienthong.simulator.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * The kinds of dirt a real provincial feed contains. A normalisable defect must be accepted by the gateway
 * after normalising; the others must be rejected with their reason.
 */
public enum Defect {
    NFD_TEXT(true, d -> true, DefectEdits::nfd),
    OLD_TONE_MARKS(true, TextForms::hasNewToneMarks, DefectEdits::oldToneMarks),
    DOUBLED_SPACES(true, d -> true, DefectEdits::doubledSpaces),
    DATE_DD_MM_YYYY(true, DefectEdits::hasBirthDate, DefectEdits::birthDateDayMonthYear),
    DATE_LOCAL_NO_OFFSET(true, d -> true, DefectEdits.dateTimes("yyyy-MM-dd HH:mm:ss")),
    DATE_COMPACT(true, d -> true, DefectEdits.dateTimes("yyyyMMddHHmmss")),
    BIRTH_YEAR_ONLY(true, DefectEdits::hasBirthDate, DefectEdits::birthYearOnly),
    LEGACY_UNIT_WITH_VERSION(true, d -> true, (d, r) -> DefectEdits.legacyUnit(d, r, true)),
    LEGACY_UNIT_WITHOUT_VERSION(true, d -> true, (d, r) -> DefectEdits.legacyUnit(d, r, false)),
    CMND(true, DefectEdits::hasCccd, DefectEdits::cmnd),
    MALFORMED_CCCD(false, DefectEdits::hasCccd, DefectEdits::malformedCccd),
    MALFORMED_MST(false, DefectEdits::hasMst, DefectEdits::malformedMst),
    CCCD_BIRTH_YEAR_MISMATCH(false, DefectEdits::hasCccd, DefectEdits::cccdBirthYearMismatch),
    MISSING_CODE(false, d -> true, (d, r) -> d.remove("code")),
    MISSING_PROCEDURE_CODE(false, d -> true, (d, r) -> ((ObjectNode) d.get("procedure")).remove("code")),
    MISSING_STATUS(false, d -> true, (d, r) -> d.remove("status")),
    UNKNOWN_STATUS(false, d -> true, DefectEdits::unknownStatus),
    SUMMARY_TOO_LONG(false, d -> true, DefectEdits::summaryTooLong);

    private final boolean normalisable;
    private final Predicate<ObjectNode> applicable;
    private final BiConsumer<ObjectNode, Random> edit;

    Defect(boolean normalisable, Predicate<ObjectNode> applicable, BiConsumer<ObjectNode, Random> edit) {
        this.normalisable = normalisable;
        this.applicable = applicable;
        this.edit = edit;
    }

    /** Whether the gateway must accept a dossier with this defect (after normalising it). */
    public boolean normalisable() {
        return normalisable;
    }

    /** Puts this defect into a served copy; the same seed gives the same edit in every version. */
    public void applyTo(ObjectNode served, long seed) {
        edit.accept(served, new Random(seed));
    }

    /** One defect, uniformly among the kinds the dossier can carry. */
    static Defect draw(ObjectNode clean, Random random) {
        List<Defect> candidates = List.of(values()).stream().filter(d -> d.applicable.test(clean)).toList();
        return candidates.get(random.nextInt(candidates.size()));
    }
}
