package vn.lienthong.audit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfig {

    /** After Spring Security's filter (order -100), so the user is known and refused requests are not actions. */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail trail) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(new AuditFilter(trail));
        registration.addUrlPatterns("/api/*", "/console/*");
        registration.setOrder(0);
        return registration;
    }
}
