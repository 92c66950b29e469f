package vn.lienthong.sync;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dvcqg.DvcqgClient;
import vn.lienthong.dvcqg.DvcqgSettings;
import vn.lienthong.dvcqg.HoSoMapper;
import vn.lienthong.platform.CircuitBreakers;

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

    @Bean
    CircuitBreaker provincialBreaker(CircuitBreakers breakers) {
        return breakers.of("provincial");
    }

    @Bean
    CircuitBreaker dvcqgBreaker(CircuitBreakers breakers) {
        return breakers.of(DvcqgClient.SYSTEM);
    }
}
