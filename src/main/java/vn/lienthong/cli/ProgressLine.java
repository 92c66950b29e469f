package vn.lienthong.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one line that shows a long job's progress, e.g.
 * {@code replay job 7 running  [#########-----------]  45%  450/1000 done, 3 skipped, 12.3/s, ETA 44 s}.
 * Pure: the same numbers always give the same text.
 */
record ProgressLine(String job, String state, double fraction, String counts, Double rate, Long etaSeconds) {

    static final int BAR = 20;

    /**
     * {@code fraction}: of the work done, 0 to 1 (NaN when unknown); {@code processed}: items so far;
     * {@code rate}: items per second (null when unknown). Rate and ETA are shown only while the job runs.
     */
    static ProgressLine of(String job, String state, double fraction, long processed, String counts, Double rate) {
        boolean running = "running".equals(state);
        Long eta = running && rate != null && rate > 0 && processed > 0 && fraction > 0 && fraction < 1
                ? Math.round(processed * (1 - fraction) / fraction / rate) : null;
        return new ProgressLine(job, state, fraction, counts, running ? rate : null, eta);
    }

    /** The same line with its state in the reader's words (what {@link #of} decides is decided by then). */
    ProgressLine shownAs(String said) {
        return new ProgressLine(job, said, fraction, counts, rate, etaSeconds);
    }

    /** Everything but rate and ETA: two lines with the same progress are the same step. */
    String progress() {
        StringBuilder line = new StringBuilder(job).append(' ').append(state);
        if (!Double.isNaN(fraction)) {
            double bounded = Math.min(1, Math.max(0, fraction));
            int filled = (int) Math.floor(bounded * BAR + 1e-9);
            line.append("  [").append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("]  ")
                    .append((int) Math.floor(bounded * 100 + 1e-9)).append('%');
        }
        if (!counts.isEmpty()) {
            line.append("  ").append(counts);
        }
        return line.toString();
    }

    String text() {
        List<String> timing = new ArrayList<>();
        if (rate != null) {
            timing.add(String.format(Locale.ROOT, rate < 100 ? "%.1f/s" : "%.0f/s", rate));
        }
        if (etaSeconds != null) {
            timing.add("ETA " + duration(etaSeconds));
        }
        String progress = progress();
        return timing.isEmpty() ? progress : progress + (counts.isEmpty() ? "  " : ", ") + String.join(", ", timing);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + String.format("%02d", seconds % 3600 / 60) + " min";
    }
}
