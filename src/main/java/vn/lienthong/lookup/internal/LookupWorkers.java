package vn.lienthong.lookup.internal;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/** Makes a national system's own worker pool (LookupConfig names one per system): a slow system cannot take another's threads. */
@Component
public class LookupWorkers {

    private final BulkheadRegistry bulkheads;

    LookupWorkers(BulkheadRegistry bulkheads) {
        this.bulkheads = bulkheads;
    }

    /** As many workers as the system's bulkhead lets calls in (the route's circuitBreaker takes that bulkhead). */
    public ExecutorService of(String system) {
        return Executors.newFixedThreadPool(bulkheads.bulkhead(system).getBulkheadConfig().getMaxConcurrentCalls(),
                new CustomizableThreadFactory(system + "-lookup-"));
    }
}
