package vn.lienthong.lookup.internal;

import java.util.Arrays;

/**
 * A national database the gateway looks applicants up in: its system name (config key, write-back
 * {@code source}) and its {@code MaCSDL} code in the portal's {@code DSKetNoiCSDL}.
 */
public enum LookupSource {
    POPULATION("population", "1"),
    BUSINESS_REGISTRY("business-registry", "2"),
    LAND("land", "3"),
    CIVIL_STATUS("civil-status", "4");

    private final String system;
    private final String portalCode;

    LookupSource(String system, String portalCode) {
        this.system = system;
        this.portalCode = portalCode;
    }

    public String system() {
        return system;
    }

    public String portalCode() {
        return portalCode;
    }

    public static LookupSource of(String system) {
        return Arrays.stream(values()).filter(s -> s.system.equals(system)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown look-up source " + system));
    }
}
