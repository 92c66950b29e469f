package vn.lienthong.reconcile.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Threads of reconciliation: runs one after another, page readers, and the workers of confirmations and repairs. */
@Configuration(proxyBeanMethods = false)
class ReconciliationConfig {

    /** One run at a time: a run started while another goes waits for it. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationRuns() {
        return Executors.newSingleThreadExecutor(new CustomizableThreadFactory("reconciliation-"));
    }

    /** A run reads its two offset-paged sources read-ahead pages ahead each, its two keyset-paged ones one page ahead. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationReaders(ReconciliationSettings settings) {
        return Executors.newFixedThreadPool(2 * Math.max(1, settings.readAhead()) + 2,
                new CustomizableThreadFactory("reconciliation-reader-"));
    }

    /** Confirms, stores and repairs a batch of findings while the merge goes on with the next dossiers. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationSettler() {
        return Executors.newSingleThreadExecutor(new CustomizableThreadFactory("reconciliation-settler-"));
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationWorkers(ReconciliationSettings settings) {
        return Executors.newFixedThreadPool(Math.max(1, settings.concurrency()),
                new CustomizableThreadFactory("reconciliation-worker-"));
    }
}
