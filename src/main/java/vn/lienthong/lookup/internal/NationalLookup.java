package vn.lienthong.lookup.internal;

import java.util.UUID;
import vn.lienthong.dossier.Dossier;

/** A connector to one national database: looks a dossier's applicant up and says what it found. */
public interface NationalLookup {

    LookupSource source();

    /**
     * @throws vn.lienthong.platform.TransientFailure worth trying again later (overload, outage, bad body)
     * @throws vn.lienthong.platform.ConfigurationFailure credentials refused: an operator must fix them
     * @throws PermanentLookupFailure the service refused this look-up for good
     */
    Verification verify(Dossier dossier);

    /** A request id unique per call, echoed by the services and written back as the reference. */
    static String requestId() {
        return "lt-" + UUID.randomUUID();
    }
}
