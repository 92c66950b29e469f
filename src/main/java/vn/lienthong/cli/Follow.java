package vn.lienthong.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --follow [--interval SECONDS]}: looks at a job the gateway runs until it ends and prints its progress,
 * on a terminal as one line rewritten in place, otherwise one line per change; then its summary. With --json,
 * only the job as it ended. Ctrl-C stops the following, not the job.
 */
class Follow {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--follow", description = "print the job's progress until it ends: exit code 0 when it completed, "
            + "1 when it failed or was cancelled. Ctrl-C only stops following: the job goes on in the gateway")
    boolean requested;

    private double interval;

    /** Checked while parsing, so that a bad value stops the command before it starts a job. */
    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
            description = "with --follow: seconds between two looks at the job (default ${DEFAULT-VALUE})")
    void interval(double seconds) {
        if (!(seconds >= 0.1)) {
            throw new CommandLine.ParameterException(command.commandLine(), "--interval must be at least 0.1 (seconds)");
        }
        interval = seconds;
    }

    /**
     * What one look at a job tells. {@code state} as the API names it, {@code said} in the reader's language;
     * {@code fraction} of the work done is NaN when unknown; {@code rate} null when the gateway does not say
     * (measured here then); {@code summary} null while the job runs.
     */
    record Snapshot(String job, String state, String said, double fraction, long processed, String counts, Double rate,
            String summary, boolean succeeded, JsonNode raw) {
    }

    int until(LienThongCli root, Supplier<Snapshot> look) {
        PrintWriter out = root.out();
        boolean terminal = System.console() != null; // null when the output is piped or redirected (JDK 17)
        Words words = root.words();
        String[] following = {words.say("cli.follow.theJob")};
        Thread farewell = new Thread(() -> root.spec.commandLine().getErr()
                .printf("%n%s%n", words.say("cli.follow.stopped", following[0])));
        Runtime.getRuntime().addShutdownHook(farewell);
        try {
            String shown = "";
            Pace pace = new Pace();
            while (true) {
                Snapshot now = look.get();
                following[0] = now.job();
                // a job that counts nothing has no rate
                Double rate = now.rate() != null || Double.isNaN(now.fraction()) ? now.rate() : pace.of(now.processed());
                ProgressLine line = ProgressLine.of(now.job(), now.state(), now.fraction(), now.processed(), now.counts(), rate)
                        .shownAs(now.said());
                if (!root.json) { // with --json only the end is printed: the output stays one JSON document
                    shown = show(out, terminal, line, shown);
                }
                if (now.summary() != null) {
                    if (root.json) {
                        root.print(now.raw());
                    } else {
                        out.println(terminal ? System.lineSeparator() + now.summary() : now.summary());
                    }
                    return now.succeeded() ? 0 : LienThongCli.JOB_FAILED;
                }
                pause();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(farewell);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C while following: the hook says goodbye
            }
        }
    }

    /** On a terminal the line is rewritten in place (padded over a longer one); elsewhere printed when progress changed. */
    private static String show(PrintWriter out, boolean terminal, ProgressLine line, String shown) {
        if (terminal) {
            String text = line.text();
            out.print("\r" + text + " ".repeat(Math.max(0, shown.length() - text.length())));
            out.flush();
            return text;
        }
        if (!line.progress().equals(shown)) {
            out.println(line.text());
        }
        return line.progress();
    }

    /** Items per second seen while following, for the jobs whose gateway does not say. */
    private static final class Pace {

        private long fromNanos;
        private long fromProcessed = -1;

        Double of(long processed) {
            long now = System.nanoTime();
            if (fromProcessed < 0) {
                fromNanos = now;
                fromProcessed = processed;
                return null;
            }
            return (processed - fromProcessed) * 1e9 / Math.max(1, now - fromNanos);
        }
    }

    /** A plain sleep: a CLI poller needs no scheduler, and nothing else runs on this thread. */
    private void pause() {
        try {
            Thread.sleep(Math.round(interval * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiClient.ApiException("stopped following");
        }
    }
}
