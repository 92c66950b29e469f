package vn.lienthong.reconcile;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** A run told in a sentence a person can read. */
final class RunSummary {

    private RunSummary() {
    }

    static String counts(RunProgress p) {
        return counts(p.compared(), p.count(FindingKind.AGREEMENT), p.count(FindingKind.BEHIND),
                p.count(FindingKind.MISSING), p.count(FindingKind.DIFFERS), p.count(FindingKind.UNKNOWN),
                p.count(FindingKind.FAILED), p.repaired());
    }

    static String of(Map<String, Object> run, RunProgress live) {
        String scope = String.format("Run %s%s over %s, dossiers updated from %s to %s: ", run.get("id"),
                Boolean.TRUE.equals(run.get("dry_run")) ? " (dry run)" : "", units(run.get("units")),
                RunStore.at(run.get("period_from")), RunStore.at(run.get("period_to")));
        if (live != null) {
            return scope + String.format("running, %s%% (%s compared so far, %s/s); %s", live.percent(),
                    n(live.compared()), n(live.rate()), counts(live));
        }
        String outcome = counts(l(run, "compared"), l(run, "agreement"), l(run, "behind"), l(run, "missing"),
                l(run, "differs"), l(run, "unknown"), l(run, "failed"), l(run, "repaired"));
        return switch (String.valueOf(run.get("status"))) {
            case "completed" -> scope + outcome;
            case "failed" -> scope + "FAILED (" + run.get("error") + ") after " + outcome;
            default -> scope + run.get("status") + " after " + outcome;
        };
    }

    private static String counts(long compared, long agreement, long behind, long missing, long differs,
            long unknown, long failed, long repaired) {
        long drift = behind + missing + differs;
        return String.format("%s dossiers compared: %s in agreement, %s behind, %s missing at the portal, "
                        + "%s with other content at the portal, %s unknown to the province, %s failed permanently; "
                        + "%s of %s repairable re-synced", n(compared), n(agreement), n(behind), n(missing),
                n(differs), n(unknown), n(failed), n(repaired), n(drift));
    }

    /** One to three units by code; more as a count (a province has dozens; the run's row lists them all). */
    static String units(Object units) {
        String[] codes = units == null ? new String[0] : units.toString().split(",");
        return codes.length <= 3 ? String.join(",", codes) : codes.length + " units";
    }

    private static long l(Map<String, Object> run, String key) {
        Object v = run.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static String n(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
