package vn.lienthong.adminunits.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The reference files on the classpath, each checked against SHA256SUMS before it is used. */
public final class ReferenceFiles {

    private final String folder;
    private final Map<String, String> sums = new HashMap<>();
    private final CsvMapper csv = new CsvMapper();

    public ReferenceFiles(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        for (String line : new String(bytes("SHA256SUMS"), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length == 2) {
                sums.put(parts[1], parts[0]);
            }
        }
    }

    /** The rows of a CSV file after its header, each as its list of cells. */
    public List<List<String>> rows(String file) {
        byte[] content = checked(file);
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(content)) {
            List<List<String>> all = rows.readAll();
            return all.subList(1, all.size());
        } catch (IOException e) {
            throw new UncheckedIOException("reference file " + file, e);
        }
    }

    private byte[] checked(String file) {
        byte[] content = bytes(file);
        String expected = sums.get(file);
        if (expected == null || !expected.equalsIgnoreCase(sha256(content))) {
            throw new IllegalStateException("reference file " + folder + file + " does not match SHA256SUMS");
        }
        return content;
    }

    private byte[] bytes(String file) {
        try (InputStream in = ReferenceFiles.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + folder + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
