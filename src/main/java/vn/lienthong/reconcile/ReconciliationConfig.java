package vn.lienthong.reconcile;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** Threads of reconciliation: runs one after another, page readers, and the workers of confirmations and repairs. */
@Configuration(proxyBeanMethods = false)
class ReconciliationConfig {

    /** One run at a time: a scheduled run that meets a running one waits for it. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationRuns() {
        return Executors.newSingleThreadExecutor(new CustomizableThreadFactory("reconciliation-"));
    }

    /** Each run reads four sources ahead, one page each. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationReaders() {
        return Executors.newFixedThreadPool(4, new CustomizableThreadFactory("reconciliation-reader-"));
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService reconciliationWorkers(ReconciliationSettings settings) {
        return Executors.newFixedThreadPool(Math.max(1, settings.concurrency()),
                new CustomizableThreadFactory("reconciliation-worker-"));
    }
}
