package vn.lienthong.payments.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import vn.lienthong.platform.CircuitBreakers;

/** The payment routes' thread pool and PayGov's circuit breaker (the province's is the sync spine's). */
@Configuration(proxyBeanMethods = false)
class PaymentsConfig {

    @Bean
    CircuitBreaker paygovBreaker(CircuitBreakers breakers) {
        return breakers.of(PaygovClient.SYSTEM);
    }

    /** Confirmations of one batch go to the province side by side: each is for another payment. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService paymentRelayWorkers(PaymentSettings settings) {
        return Executors.newFixedThreadPool(settings.relay().concurrency(), new CustomizableThreadFactory("payment-relay-"));
    }
}
