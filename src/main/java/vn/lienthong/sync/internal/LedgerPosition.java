package vn.lienthong.sync.internal;

import java.time.OffsetDateTime;

/**
 * What the ledger knows of a dossier at the portal: the newest version delivered, the hash of what was sent and its
 * last step (none of them when the portal never confirmed the dossier), and the newest version a take was about to
 * push (0 when none): the portal may hold that one even though it never said so.
 */
public record LedgerPosition(long deliveredVersion, OffsetDateTime lastStepAt, String payloadHash, long sendingVersion) {

    /** Whether the portal confirmed a version of the dossier (a ledger row always holds the hash of what was sent). */
    public boolean delivered() {
        return payloadHash != null;
    }

    /** The newest version the portal may hold: anything older must never be pushed over it. */
    public long newestPossiblyAtPortal() {
        return Math.max(deliveredVersion, sendingVersion);
    }
}
