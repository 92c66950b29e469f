package vn.lienthong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** What the raw benches share: the one-line report and a realistic ~2 KiB dossier body. */
final class BenchSupport {

    private BenchSupport() {
    }

    /** Prints {@code RAW <component> <N> items in <s> s = <rate>/s}, the line the scripts look for. */
    static double report(String component, long items, long nanos) {
        double seconds = nanos / 1e9;
        double rate = items / seconds;
        System.out.printf(Locale.ROOT, "RAW %s %d items in %.2f s = %.0f/s%n", component, items, seconds, rate);
        return rate;
    }

    static String sampleDossier() throws IOException {
        try (InputStream in = BenchSupport.class.getResourceAsStream("/dossier/sample-dossier.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
