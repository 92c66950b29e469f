package vn.lienthong.lookup.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.ApplicantType;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.IdentityType;

/**
 * Which national databases to ask about a dossier: citizens with a CCCD the population database (and civil
 * status for civil-status procedures), enterprises the business registry, land procedures with a parcel the
 * land system. Procedure field codes come from {@code gateway.lookups}.
 */
@Component
public class VerificationPlan {

    private final LookupsSettings settings;

    public VerificationPlan(LookupsSettings settings) {
        this.settings = settings;
    }

    public List<LookupSource> sources(Dossier dossier) {
        List<LookupSource> sources = new ArrayList<>();
        Dossier.Applicant applicant = dossier.applicant();
        String field = dossier.procedure().fieldCode();
        if (applicant.type() == ApplicantType.CITIZEN && applicant.identityType() == IdentityType.CCCD) {
            sources.add(LookupSource.POPULATION);
            if (settings.civilStatusFieldCodes().contains(field)) {
                sources.add(LookupSource.CIVIL_STATUS);
            }
        }
        if (applicant.type() == ApplicantType.ENTERPRISE && applicant.identityType() == IdentityType.MST) {
            sources.add(LookupSource.BUSINESS_REGISTRY);
        }
        if (dossier.parcel() != null && dossier.parcel().isObject() && settings.landFieldCodes().contains(field)) {
            sources.add(LookupSource.LAND);
        }
        return sources;
    }

    /** What a look-up in {@code source} is about: a new version with the same fingerprint needs no new look-up. */
    public static String fingerprint(LookupSource source, Dossier dossier) {
        Dossier.Applicant a = dossier.applicant();
        StringBuilder facts = new StringBuilder(source.system()).append('|').append(a.identityType()).append('|')
                .append(a.identityNumber()).append('|').append(NameMatch.key(a.fullname())).append('|')
                .append(a.birthDate());
        if (source == LookupSource.LAND) {
            facts.append('|').append(dossier.parcel());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(facts.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
