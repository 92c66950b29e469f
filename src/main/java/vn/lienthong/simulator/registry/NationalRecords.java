package vn.lienthong.simulator.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.lienthong.adminunits.AdminUnitCrosswalk;
import vn.lienthong.adminunits.UnitCode;
import vn.lienthong.simulator.SimulatorProperties;
import vn.lienthong.simulator.provincial.ApplicantDirectory;

/**
 * What the national databases hold about the generated applicants, seeded consistently with them: most
 * records agree with the dossier, some differ on the birth date or the name, some people, enterprises or
 * parcels are unknown, some enterprises are dissolved or suspended. The same identity always gets the same
 * record (a draw seeded by the simulator seed and the identity), so tests can ask what to expect.
 */
@Component
public class NationalRecords {

    public enum Truth { MATCH, NAME_DIFFERS, BIRTH_DATE_DIFFERS, UNKNOWN, DISSOLVED, SUSPENDED }

    public record Citizen(String personalNumber, String family, String middle, String given, String birthDate,
            boolean wholeNameInGiven) {
    }

    public record Enterprise(String code, String name, String status) {
    }

    public record Parcel(UnitCode legacy, String mapSheet, String parcelNumber, String holder) {
    }

    private final ApplicantDirectory directory;
    private final AdminUnitCrosswalk crosswalk = AdminUnitCrosswalk.load();
    private final long seed;

    public NationalRecords(ApplicantDirectory directory, SimulatorProperties properties) {
        this.directory = directory;
        this.seed = properties.seed();
    }

    /** What the database of {@code system} holds for this identity, compared with the province's applicant. */
    public Truth truth(String system, String identity) {
        double draw = new Random(seed ^ (system + "|" + identity).hashCode()).nextDouble();
        if ("business-registry".equals(system)) {
            return draw < 0.05 ? Truth.UNKNOWN : draw < 0.13 ? Truth.DISSOLVED : draw < 0.16 ? Truth.SUSPENDED
                    : draw < 0.20 ? Truth.NAME_DIFFERS : Truth.MATCH;
        }
        if ("land".equals(system)) {
            return draw < 0.06 ? Truth.UNKNOWN : draw < 0.12 ? Truth.NAME_DIFFERS : Truth.MATCH;
        }
        return draw < 0.06 ? Truth.UNKNOWN : draw < 0.11 ? Truth.BIRTH_DATE_DIFFERS : draw < 0.15 ? Truth.NAME_DIFFERS
                : Truth.MATCH;
    }

    public Optional<Citizen> citizen(String system, String personalNumber) {
        Optional<JsonNode> applicant = directory.applicant(personalNumber)
                .filter(a -> "citizen".equals(a.path("type").asText()));
        Truth truth = truth(system, personalNumber);
        if (applicant.isEmpty() || truth == Truth.UNKNOWN) {
            return Optional.empty();
        }
        String[] parts = upper(applicant.get().path("fullname").asText()).split(" ");
        String given = truth == Truth.NAME_DIFFERS ? "KHẢI" : parts[parts.length - 1];
        String middle = String.join(" ", List.of(parts).subList(1, Math.max(1, parts.length - 1)));
        LocalDate birth = LocalDate.parse(applicant.get().path("birthDate").asText());
        if (truth == Truth.BIRTH_DATE_DIFFERS) {
            birth = birth.plusDays(17);
        }
        boolean whole = personalNumber.hashCode() % 10 == 0;
        return Optional.of(new Citizen(personalNumber, parts[0], middle, given, birth.toString(), whole));
    }

    public Optional<Enterprise> enterprise(String code) {
        String base = code.length() > 10 ? code.substring(0, 10) : code;
        Optional<JsonNode> applicant = directory.applicant(base).filter(a -> "enterprise".equals(a.path("type").asText()));
        Truth truth = truth("business-registry", base);
        if (applicant.isEmpty() || truth == Truth.UNKNOWN) {
            return Optional.empty();
        }
        String name = truth == Truth.NAME_DIFFERS ? "CÔNG TY TNHH KHÁC TÊN" : upper(applicant.get().path("fullname").asText());
        String status = truth == Truth.DISSOLVED ? "3" : truth == Truth.SUSPENDED ? "2" : "1";
        return Optional.of(new Enterprise(code, name, status));
    }

    /** The parcel at a legacy commune: found only at the one legacy commune its current commune came from. */
    public Optional<Parcel> parcel(UnitCode legacy, String mapSheet, String parcelNumber) {
        for (UnitCode current : crosswalk.currentOf(legacy)) {
            var key = new ApplicantDirectory.ParcelKey(current.provinceCode(), current.communeCode(), mapSheet, parcelNumber);
            Optional<String> holder = directory.parcelHolder(key);
            if (holder.isPresent() && legacy.equals(legacyHome(current, mapSheet, parcelNumber))) {
                Truth truth = truth("land", key.toString());
                if (truth == Truth.UNKNOWN) {
                    return Optional.empty();
                }
                String name = truth == Truth.NAME_DIFFERS ? "NGUYỄN VĂN KHÁC" : upper(holder.get());
                return Optional.of(new Parcel(legacy, mapSheet, parcelNumber, name));
            }
        }
        return Optional.empty();
    }

    /** Which of the legacy communes merged into {@code current} a parcel lies in (a fixed draw per parcel). */
    public UnitCode legacyHome(UnitCode current, String mapSheet, String parcelNumber) {
        List<UnitCode> candidates = List.copyOf(crosswalk.legacyOf(current));
        if (candidates.isEmpty()) {
            return null;
        }
        return candidates.get(Math.floorMod((mapSheet + "/" + parcelNumber).hashCode(), candidates.size()));
    }

    public boolean communeInDistrict(String communeCode, String districtCode) {
        return crosswalk.legacyCommune(communeCode).map(u -> u.districtCode().equals(districtCode)).orElse(false);
    }

    private static String upper(String name) {
        return name.toUpperCase(new Locale("vi"));
    }
}
