package vn.lienthong.lookup.internal;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import vn.lienthong.adminunits.AdminUnitCrosswalk;
import vn.lienthong.platform.CircuitBreakers;

/**
 * What the look-up routes name: one circuit breaker, rate limiter and worker pool per national system (its
 * own threads, so a slow system cannot take another's), the crosswalk, and the gathering of a batch's outcomes.
 */
@Configuration(proxyBeanMethods = false)
class LookupConfig {

    @Bean
    AdminUnitCrosswalk adminUnitCrosswalk() {
        return AdminUnitCrosswalk.load();
    }

    @Bean
    AggregationStrategy lookupOutcomes() {
        return new GroupedBodyAggregationStrategy();
    }

    @Bean
    CircuitBreaker populationBreaker(CircuitBreakers breakers) {
        return breakers.of(LookupSource.POPULATION.system());
    }

    @Bean
    CircuitBreaker businessRegistryBreaker(CircuitBreakers breakers) {
        return breakers.of(LookupSource.BUSINESS_REGISTRY.system());
    }

    @Bean
    CircuitBreaker landBreaker(CircuitBreakers breakers) {
        return breakers.of(LookupSource.LAND.system());
    }

    @Bean
    CircuitBreaker civilStatusBreaker(CircuitBreakers breakers) {
        return breakers.of(LookupSource.CIVIL_STATUS.system());
    }

    @Bean
    RateLimiter populationRateLimiter(LookupCalls calls) {
        return calls.rateLimiter(LookupSource.POPULATION);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService populationLookups(BulkheadRegistry bulkheads) {
        return workers(bulkheads, LookupSource.POPULATION);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService businessRegistryLookups(BulkheadRegistry bulkheads) {
        return workers(bulkheads, LookupSource.BUSINESS_REGISTRY);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService landLookups(BulkheadRegistry bulkheads) {
        return workers(bulkheads, LookupSource.LAND);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService civilStatusLookups(BulkheadRegistry bulkheads) {
        return workers(bulkheads, LookupSource.CIVIL_STATUS);
    }

    /** Write-backs and re-reads of the provincial system in flight at once. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService publishWorkers(LookupsSettings settings) {
        return Executors.newFixedThreadPool(settings.publishConcurrency(), new CustomizableThreadFactory("verification-publish-"));
    }

    /**
     * As many workers as the system's bulkhead lets calls in (the route's circuitBreaker, whose id is the system,
     * takes that same bulkhead from the registry).
     */
    private static ExecutorService workers(BulkheadRegistry bulkheads, LookupSource source) {
        return Executors.newFixedThreadPool(bulkheads.bulkhead(source.system()).getBulkheadConfig().getMaxConcurrentCalls(),
                new CustomizableThreadFactory(source.system() + "-lookup-"));
    }
}
