package vn.lienthong.simulator.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.generator.Dates;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * Bulk loads for reconciliation benchmarks: n dossiers straight into both stores, as if the gateway had
 * delivered every one, with a share of drift. Writes, as it goes, the ledger rows the gateway would hold
 * (CSV for COPY into sync_ledger). Drift, spread evenly: a quarter each behind (the province moved to
 * version 2), missing at the portal, changed content at the portal, an older state at the portal; plus a
 * tenth as many dossiers on the portal only (unknown to the province).
 */
@Component
public class BulkLoad {

    public static final String LEDGER_COLUMNS = "code,unit_code,delivered_version,payload_hash,delivered_at,outcome";
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final ProvincialSimulator province;
    private final DvcqgSimulator portal;

    BulkLoad(ProvincialSimulator province, DvcqgSimulator portal) {
        this.province = province;
        this.portal = portal;
    }

    /** What was loaded, by kind. */
    public record Loaded(int dossiers, int behind, int missing, int changed, int older, int unknown) {
        public int repairable() {
            return behind + missing + changed + older;
        }
    }

    /**
     * @param units receiving units 000.00.01.G18 ... (at most 99)
     * @param drift share of dossiers drifted (e.g. 0.001)
     * @param ledger receives the ledger rows, CSV with {@link #LEDGER_COLUMNS}, no header
     */
    public Loaded load(int n, int units, double drift, Writer ledger) {
        Instant now = Instant.now();
        Instant first = now.minusSeconds(20L * 86400);
        long spacingMillis = Math.max(1, 15L * 86400 * 1000 / Math.max(1, n));
        int every = drift <= 0 ? Integer.MAX_VALUE : (int) Math.max(1, Math.round(1 / drift));
        int[] kinds = new int[5];
        try {
            for (int i = 0; i < n; i++) {
                String unit = unit(i % units);
                String code = unit + "-251120-" + String.format("%07d", i);
                Instant updated = first.plusMillis(i * spacingMillis);
                int kind = i % every == every / 2 ? (i / every) % 4 : -1;
                String deliveredAt = portalTime(updated.plusSeconds(2));
                byte[] delivered = BulkTemplates.hoSo(code, "4", "Dang ky khai sinh cho con");
                ledger.write(code + ',' + unit + ",1," + sha256(delivered) + ',' + updated.plusSeconds(2) + ",created\n");
                boolean behind = kind == 0;
                province.load(code, behind ? 2 : 1, "processing", behind ? now.minusSeconds(3600) : updated,
                        BulkTemplates.dossier(code, unit, behind ? 2 : 1,
                                Dates.formatMillis(behind ? now.minusSeconds(3600) : updated)));
                switch (kind) {
                    case 1 -> { } // missing: the portal lost it
                    case 2 -> portal.load(code, BulkTemplates.hoSo(code, "4", "changed at the portal"), deliveredAt, "4", "1.005129");
                    case 3 -> portal.load(code, BulkTemplates.hoSo(code, "2", "Dang ky khai sinh cho con"), deliveredAt, "2", "1.005129");
                    default -> portal.load(code, delivered, deliveredAt, "4", "1.005129");
                }
                if (kind >= 0) {
                    kinds[kind]++;
                }
                if (kind >= 0 && (i / every) % 10 == 0) { // a tenth as many on the portal only
                    String stranger = unit + "-991231-" + String.format("%07d", i);
                    portal.load(stranger, BulkTemplates.hoSo(stranger, "4", "not from this province"), deliveredAt, "4", "1.005129");
                    kinds[4]++;
                }
            }
            ledger.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Loaded(n, kinds[0], kinds[1], kinds[2], kinds[3], kinds[4]);
    }

    static String unit(int index) {
        return String.format("000.00.%02d.G18", index + 1);
    }

    private static String portalTime(Instant at) {
        return PORTAL_TIME.format(ZonedDateTime.ofInstant(at, Dates.ZONE));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
