package vn.lienthong.security;

import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** An unauthenticated person asking for a page goes to the login form; anything else gets 401 with a Basic challenge. */
final class EntryPoints {

    private EntryPoints() {
    }

    /**
     * Registered as defaults (not as the one entry point), so that Spring Security still generates its login page;
     * registered first, so they take precedence over the defaults of form login and HTTP Basic.
     */
    static void register(ExceptionHandlingConfigurer<HttpSecurity> errors, String realm) {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(realm);
        errors.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browserPage())
                .defaultAuthenticationEntryPointFor(basic, AnyRequestMatcher.INSTANCE);
    }

    private static RequestMatcher browserPage() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher machineApis = new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/actuator/**"),
                paths.matcher("/v3/api-docs/**"));
        return new AndRequestMatcher(html, new NegatedRequestMatcher(machineApis));
    }
}
