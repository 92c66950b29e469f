package vn.lienthong.simulator.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The administrative units of the reference data on the classpath, current (2025-07-01) and legacy. */
public final class AdminUnits {

    public record Commune(String provinceCode, String provinceName, String code, String name) {
    }

    public record LegacyCommune(String provinceCode, String districtCode, String code, String name) {
    }

    private static final String FOLDER = "/reference/admin-units/";
    private static volatile AdminUnits standard;

    private final List<Commune> communes;
    private final List<LegacyCommune> legacyCommunes;
    private final Map<String, List<Commune>> byProvince;

    private AdminUnits(List<Commune> communes, List<LegacyCommune> legacyCommunes) {
        this.communes = communes;
        this.legacyCommunes = legacyCommunes;
        this.byProvince = communes.stream().collect(Collectors.groupingBy(Commune::provinceCode));
    }

    /** The units of the reference files, read once per JVM. */
    public static AdminUnits standard() {
        if (standard == null) {
            synchronized (AdminUnits.class) {
                if (standard == null) {
                    standard = new AdminUnits(
                            rows("vn_communes_2025.csv").stream()
                                    .map(r -> new Commune(r[0], r[1], r[2], r[3])).toList(),
                            rows("vn_communes_pre2025_20250104.csv").stream()
                                    .filter(r -> !r[4].isEmpty())
                                    .map(r -> new LegacyCommune(r[0], r[2], r[4], r[5])).toList());
                }
            }
        }
        return standard;
    }

    public List<Commune> communes() {
        return communes;
    }

    public List<LegacyCommune> legacyCommunes() {
        return legacyCommunes;
    }

    public List<Commune> communesOf(String provinceCode) {
        return byProvince.getOrDefault(provinceCode, List.of());
    }

    public List<String> provinceCodes() {
        return byProvince.keySet().stream().sorted().toList();
    }

    // the reference files are plain comma-separated values without quoting
    private static List<String[]> rows(String file) {
        InputStream in = AdminUnits.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("missing reference file " + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
