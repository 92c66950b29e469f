package vn.lienthong.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gateway.retention}: how long each growing table keeps what no flow needs any more. Each owning module
 * reads its own duration and purges its own tables (the retention routes, {@code routes/retention/}); what is
 * still needed (queued, unpublished, unresolved, the newest version of a dossier) is never purged.
 *
 * @param syncVersions           settled versions of {@code sync_version} superseded by a newer one of the dossier
 * @param resolvedFailures       the personal data (record, replay payloads) of a settled failure, from when it settled
 * @param verificationResults    published verification results, from their check
 * @param reconciliations        finished portal reconciliation runs and their findings
 * @param paymentEvents          payment events relayed (or not to relay), from their relay or receipt
 * @param paymentReconciliations finished payment reconciliation runs and their findings
 */
@ConfigurationProperties("gateway.retention")
public record RetentionSettings(
        @DefaultValue("180d") Duration syncVersions,
        @DefaultValue("30d") Duration resolvedFailures,
        @DefaultValue("365d") Duration verificationResults,
        @DefaultValue("90d") Duration reconciliations,
        @DefaultValue("365d") Duration paymentEvents,
        @DefaultValue("365d") Duration paymentReconciliations) {
}
