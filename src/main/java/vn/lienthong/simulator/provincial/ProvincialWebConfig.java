package vn.lienthong.simulator.provincial;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every provincial API call needs a bearer token. */
@Component
class ProvincialWebConfig implements WebMvcConfigurer {

    private final BearerTokenInterceptor bearerTokens;

    ProvincialWebConfig(BearerTokenInterceptor bearerTokens) {
        this.bearerTokens = bearerTokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bearerTokens).addPathPatterns("/sim/provincial/api/**");
    }
}
