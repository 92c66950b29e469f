package vn.lienthong.sync.internal;

import java.time.OffsetDateTime;

/**
 * What the ledger knows of a dossier at the portal: the newest version delivered, the hash of what was sent
 * and its last step.
 */
public record LedgerPosition(long deliveredVersion, OffsetDateTime lastStepAt, String payloadHash) {
}
