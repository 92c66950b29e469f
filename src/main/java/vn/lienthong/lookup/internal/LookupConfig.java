package vn.lienthong.lookup.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import vn.lienthong.adminunits.AdminUnitCrosswalk;

/**
 * What the look-up routes name: each national system's circuit breaker and worker pool, the population database's
 * rate limiter, the crosswalk, the publishing workers and the gathering of a batch's outcomes.
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

    /**
     * Per national system, the beans its look-up route names: {@code <system>-breaker}, the system's breaker from
     * Resilience4j's registry, and {@code <system>-lookups}, its own worker pool.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor nationalSystemBeans() {
        return registry -> {
            for (LookupSource source : LookupSource.values()) {
                registry.registerBeanDefinition(source.system() + "-breaker",
                        madeBy("circuitBreakers", source.system()));
                RootBeanDefinition workers = madeBy("lookupWorkers", source.system());
                workers.setDestroyMethodName("shutdown");
                registry.registerBeanDefinition(source.system() + "-lookups", workers);
            }
        };
    }

    /** A bean that the factory bean's {@code of(system)} makes. */
    private static RootBeanDefinition madeBy(String factoryBean, String system) {
        RootBeanDefinition made = new RootBeanDefinition();
        made.setFactoryBeanName(factoryBean);
        made.setFactoryMethodName("of");
        made.getConstructorArgumentValues().addIndexedArgumentValue(0, system);
        return made;
    }

    @Bean
    RateLimiter populationRateLimiter(LookupCalls calls) {
        return calls.rateLimiter(LookupSource.POPULATION);
    }

    /** Write-backs and re-reads of the provincial system in flight at once. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService publishWorkers(LookupsSettings settings) {
        return Executors.newFixedThreadPool(settings.publishConcurrency(), new CustomizableThreadFactory("verification-publish-"));
    }
}
