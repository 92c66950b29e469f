package vn.lienthong.simulator.provincial;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.lienthong.simulator.SimulatorApplication;

/** Every provincial API call needs a bearer token. */
@Profile(SimulatorApplication.PROFILE)
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
