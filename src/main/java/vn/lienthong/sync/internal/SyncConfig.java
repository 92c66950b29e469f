package vn.lienthong.sync.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.dvcqg.DvcqgSettings;
import vn.lienthong.dvcqg.HoSoMapper;
import vn.lienthong.platform.CircuitBreakers;
import vn.lienthong.provincial.ProvincialClient;

/** The sync spine's collaborators that need configuration, and the circuit breakers its routes name. */
@Configuration(proxyBeanMethods = false)
class SyncConfig {

    @Bean
    DossierReader dossierReader() {
        return new DossierReader();
    }

    @Bean
    HoSoMapper hoSoMapper(DvcqgSettings portal) {
        return new HoSoMapper(portal.provinceCode());
    }

    /** Portal batches of one taken batch go out side by side: they never share a dossier. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService portalWorkers(@Value("${gateway.delivery.portal-concurrency:4}") int concurrency) {
        return Executors.newFixedThreadPool(concurrency, new CustomizableThreadFactory("portal-worker-"));
    }

    @Bean
    CircuitBreaker provincialBreaker(CircuitBreakers breakers) {
        return breakers.of(ProvincialClient.SYSTEM);
    }

    @Bean
    CircuitBreaker dvcqgBreaker(CircuitBreakers breakers) {
        return breakers.of(DvcqgClient.SYSTEM);
    }
}
