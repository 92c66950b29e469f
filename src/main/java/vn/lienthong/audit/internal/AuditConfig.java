package vn.lienthong.audit.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.MappedInterceptor;
import vn.lienthong.audit.AuditTrail;

@Configuration(proxyBeanMethods = false)
class AuditConfig {

    /** Every request, whatever its path: its body can then be read for the audit row and still reach the handler. */
    @Bean
    FilterRegistrationBean<Filter> auditBodyPeeking() {
        Filter peeking = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http ? new BodyPeekingRequest(http) : request, response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(peeking);
        registration.setName("auditBodyPeeking");
        registration.setOrder(0); // after Spring Security's filter (-100): refused requests are not wrapped
        return registration;
    }

    /** A MappedInterceptor bean is picked up by every handler mapping of the context, the actuator's included. */
    @Bean
    MappedInterceptor auditedActions(AuditTrail trail) {
        return new MappedInterceptor((String[]) null, new ActionAudit(trail));
    }
}
