package vn.lienthong.lookup.internal;

/**
 * One look-up to do: a dossier version, the national database to ask, the fingerprint of the applicant
 * (identity, name, birth date, parcel) it is about, and the dossier as received.
 */
public record VerificationTask(String code, LookupSource source, long version, String fingerprint, String record,
        int attempts) {
}
