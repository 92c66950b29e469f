package vn.lienthong.reconcile.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import vn.lienthong.platform.Patience;

/**
 * One reconciliation run: the provincial export, the ledger (with open failures) and the portal's listing
 * merged in one pass; dossiers not in agreement are gathered a batch at a time, confirmed, stored and
 * repaired ({@link FindingBatch}), so memory is bounded by page and batch sizes, not by the dossier count.
 */
@Component
class Reconciler {

    private final ProvincialExport export;
    private final PortalListing listing;
    private final LedgerReader gatewaySide;
    private final FindingBatches batches;
    private final ReconciliationSettings settings;
    private final ExecutorService readers;
    private final GuardedCalls calls;

    Reconciler(ProvincialExport export, PortalListing listing, LedgerReader gatewaySide, FindingBatches batches,
            ReconciliationSettings settings, @Qualifier("reconciliationReaders") ExecutorService readers,
            GuardedCalls calls) {
        this.export = export;
        this.listing = listing;
        this.gatewaySide = gatewaySide;
        this.batches = batches;
        this.settings = settings;
        this.readers = readers;
        this.calls = calls;
    }

    void run(long runId, RunRequest request, List<String> units, RunProgress progress) {
        if (units.isEmpty()) {
            return;
        }
        Patience patience = calls.startRun();
        OffsetDateTime from = request.from();
        OffsetDateTime to = request.to();
        long t0 = System.nanoTime();
        List<SortedReader<?>> all = new ArrayList<>();
        SortedReader<Entries.Provincial> province = open(all, "provincial export",
                export.pages(from, to, new HashSet<>(units), settings.exportPageSize()));
        SortedReader<Entries.Portal> portal = open(all, "portal listing",
                listing.pages(PortalListing.inListingOrder(units), from, to, settings.portalPageSize()));
        SortedReader<Entries.Ledger> ledger = open(all, "ledger", gatewaySide.ledger(units, settings.ledgerPageSize()));
        SortedReader<Entries.Failure> failures = open(all, "failed syncs",
                gatewaySide.failures(units, settings.ledgerPageSize()));
        FindingBatch batch = batches.of(runId, request.dryRun(), progress);
        try {
            ThreeWayMerge merge = new ThreeWayMerge(province, ledger, portal, failures);
            for (Comparison c = merge.next(); c != null; c = merge.next()) {
                progress.expect(province.total());
                Classifier.Result result = Classifier.classify(c);
                if (result.verdict() == Classifier.Verdict.CLASSIFIED && result.kind() == FindingKind.AGREEMENT) {
                    progress.counted(FindingKind.AGREEMENT);
                } else if (batch.add(c, result) >= settings.findingBatch()) {
                    batch.settle();
                }
            }
            batch.finish();
        } finally {
            patience.end();
            all.forEach(SortedReader::close);
            record(progress, all, batch, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private <T extends Entries.Keyed> SortedReader<T> open(List<SortedReader<?>> all, String name, PageSource<T> source) {
        SortedReader<T> reader = new SortedReader<>(name, source, readers, settings.readAhead());
        all.add(reader);
        return reader;
    }

    /**
     * Where the time went: each source's fetching and the findings' confirmation, repair and storing (in the
     * background, side by side with the merge), and the merge thread's own time and waits.
     */
    private static void record(RunProgress progress, List<SortedReader<?>> readers, FindingBatch batch, long totalMillis) {
        long waited = 0;
        for (SortedReader<?> reader : readers) {
            progress.timing(reader.name() + " ms", reader.fetchMillis());
            waited += reader.waitMillis();
        }
        progress.timing("waiting for pages ms", waited);
        progress.timing("confirmation ms", batch.confirmMillis());
        progress.timing("repair ms", batch.repairMillis());
        progress.timing("storing findings ms", batch.storeMillis());
        progress.timing("waiting for findings ms", batch.waitMillis());
        progress.timing("merge ms", totalMillis - waited - batch.waitMillis());
        progress.timing("total ms", totalMillis);
    }
}
