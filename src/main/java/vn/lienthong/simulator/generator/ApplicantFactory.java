package vn.lienthong.simulator.generator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.lienthong.simulator.generator.AdminUnits.Commune;

/** Applicants: mostly citizens with a CCCD, some enterprises with a tax code and other organisations. */
final class ApplicantFactory {

    static final String UNIT_CODE_VERSION = "2025-07-01";
    private static final List<String> PHONE_PREFIXES = List.of("032", "033", "034", "035", "036", "037", "038",
            "039", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "090",
            "091", "093", "094", "096", "097", "098");
    private static final List<String> MAIL_DOMAINS = List.of("gmail.com", "yahoo.com.vn", "example.vn");

    private final AdminUnits units;
    private final String homeProvince;

    ApplicantFactory(AdminUnits units, String homeProvince) {
        this.units = units;
        this.homeProvince = homeProvince;
    }

    ObjectNode create(Random random) {
        double kind = random.nextDouble();
        ObjectNode applicant = JsonNodeFactory.instance.objectNode();
        String contactName;
        if (kind < 0.8) {
            boolean female = random.nextBoolean();
            int year = 1945 + random.nextInt(62);
            LocalDate birthDate = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            contactName = VietnameseNames.fullname(random, female);
            applicant.put("type", "citizen").put("fullname", contactName).put("identityType", "CCCD")
                    .put("identityNumber", Identifiers.cccd(random, year, female))
                    .put("birthDate", birthDate.toString());
        } else {
            boolean enterprise = kind < 0.92;
            contactName = VietnameseNames.fullname(random, random.nextBoolean());
            applicant.put("type", enterprise ? "enterprise" : "organization")
                    .put("fullname", enterprise ? VietnameseNames.enterprise(random)
                            : VietnameseNames.organisation(random))
                    .put("identityType", enterprise ? "MST" : "OTHER")
                    .put("identityNumber", enterprise ? Identifiers.mst(random) : "QD-" + Identifiers.digits(random, 6))
                    .putNull("birthDate");
        }
        applicant.put("phone", VietnameseNames.pick(random, PHONE_PREFIXES) + Identifiers.digits(random, 7))
                .put("email", email(random, contactName));
        applicant.set("address", address(random));
        return applicant;
    }

    private ObjectNode address(Random random) {
        List<Commune> communes = random.nextDouble() < 0.85 ? units.communesOf(homeProvince) : units.communes();
        Commune commune = VietnameseNames.pick(random, communes);
        return unit(commune).put("detail", VietnameseNames.addressDetail(random));
    }

    static ObjectNode unit(Commune commune) {
        ObjectNode unit = JsonNodeFactory.instance.objectNode().put("unitCodeVersion", UNIT_CODE_VERSION)
                .put("provinceCode", commune.provinceCode()).put("communeCode", commune.code());
        return unit.putNull("districtCode");
    }

    private static String email(Random random, String name) {
        String[] parts = name.split(" ");
        return VietnameseNames.ascii(parts[parts.length - 1]) + "." + VietnameseNames.ascii(parts[0])
                + random.nextInt(1000) + "@" + VietnameseNames.pick(random, MAIL_DOMAINS);
    }
}
