package vn.lienthong.reconcile.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.ReasonCode;

/** A run told in a sentence a person can read: English for the API, a message code and its arguments for the rest. */
final class RunSummary {

    /** The sentences of a run; each takes the run's scope and counts, then what its state adds. */
    enum Words implements ReasonCode {
        RUNNING("run.summary.running", "percent", "soFar", "rate"),
        COMPLETED("run.summary.completed"),
        FAILED("run.summary.failed", "error"),
        ENDED("run.summary.ended", "status");

        private final Spec spec;

        Words(String code, String... extra) {
            this.spec = Spec.of(List.of("id", "dryRun", "unitCount", "units", "from", "to", "compared", "agreement",
                    "behind", "missing", "differs", "unknown", "failed", "repaired", "drift"), code, extra);
        }

        @Override
        public Spec spec() {
            return spec;
        }
    }

    private RunSummary() {
    }

    static String counts(RunProgress p) {
        return counts(p.compared(), p.count(FindingKind.AGREEMENT), p.count(FindingKind.BEHIND),
                p.count(FindingKind.MISSING), p.count(FindingKind.DIFFERS), p.count(FindingKind.UNKNOWN),
                p.count(FindingKind.FAILED), p.repaired());
    }

    static Reason of(Map<String, Object> run, RunProgress live) {
        String[] units = codes(run.get("units"));
        String scope = String.format("Run %s%s over %s, dossiers updated from %s to %s: ", run.get("id"),
                Boolean.TRUE.equals(run.get("dry_run")) ? " (dry run)" : "", units(run.get("units")),
                RunStore.at(run.get("period_from")), RunStore.at(run.get("period_to")));
        long[] counts = live != null
                ? new long[] {live.compared(), live.count(FindingKind.AGREEMENT), live.count(FindingKind.BEHIND),
                        live.count(FindingKind.MISSING), live.count(FindingKind.DIFFERS), live.count(FindingKind.UNKNOWN),
                        live.count(FindingKind.FAILED), live.repaired()}
                : new long[] {l(run, "compared"), l(run, "agreement"), l(run, "behind"), l(run, "missing"),
                        l(run, "differs"), l(run, "unknown"), l(run, "failed"), l(run, "repaired")};
        List<Object> args = new ArrayList<>(List.of(((Number) run.get("id")).longValue(),
                Boolean.TRUE.equals(run.get("dry_run")) ? 1 : 0, units.length, String.join(",", units),
                String.valueOf(RunStore.at(run.get("period_from"))), String.valueOf(RunStore.at(run.get("period_to")))));
        for (long count : counts) {
            args.add(count);
        }
        args.add(counts[2] + counts[3] + counts[4]);
        String outcome = counts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
        if (live != null) {
            args.addAll(List.of(live.percent(), live.compared(), live.rate()));
            return Words.RUNNING.reason(scope + String.format("running, %s%% (%s compared so far, %s/s); %s",
                    live.percent(), n(live.compared()), n(live.rate()), counts(live)), args.toArray());
        }
        return switch (String.valueOf(run.get("status"))) {
            case "completed" -> Words.COMPLETED.reason(scope + outcome, args.toArray());
            case "failed" -> {
                // the run's error as a nested reason: said in the page's language when it has a code
                args.add(new Reason((String) run.get("error_code"), Reason.argsOf((String) run.get("error_args")),
                        String.valueOf(run.get("error"))).asArgument());
                yield Words.FAILED.reason(scope + "FAILED (" + run.get("error") + ") after " + outcome, args.toArray());
            }
            default -> {
                args.add(String.valueOf(run.get("status")));
                yield Words.ENDED.reason(scope + run.get("status") + " after " + outcome, args.toArray());
            }
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
        String[] codes = codes(units);
        return codes.length <= 3 ? String.join(",", codes) : codes.length + " units";
    }

    private static String[] codes(Object units) {
        return units == null || units.toString().isEmpty() ? new String[0] : units.toString().split(",");
    }

    private static long l(Map<String, Object> run, String key) {
        Object v = run.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static String n(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }
}
