package vn.lienthong.security.internal;

import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An unauthenticated person asking for a page goes to the login form; a program calling a machine API gets 401 with
 * a Basic challenge; anything else (a browser calling an API, the console's live parts) gets a bare 401: a browser
 * is never asked for Basic credentials, so it never caches ours for other sites to ride on.
 */
final class EntryPoints {

    private EntryPoints() {
    }

    /**
     * Registered as defaults (not as the one entry point), so that Spring Security still generates its login page;
     * registered first, so they take precedence over the defaults of form login and HTTP Basic.
     */
    static void register(ExceptionHandlingConfigurer<HttpSecurity> errors, String realm) {
        errors.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        new AndRequestMatcher(BrowserRequests.page(),
                                new NegatedRequestMatcher(BrowserRequests.machineApis())))
                .defaultAuthenticationEntryPointFor(unauthorised(realm), AnyRequestMatcher.INSTANCE);
    }

    /** 401, with a Basic challenge for programs only; also the answer to wrong Basic credentials. */
    static AuthenticationEntryPoint unauthorised(String realm) {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(realm);
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> programs = new LinkedHashMap<>();
        programs.put(new AndRequestMatcher(BrowserRequests.machineApis(),
                new NegatedRequestMatcher(BrowserRequests.browser())), basic);
        DelegatingAuthenticationEntryPoint answer = new DelegatingAuthenticationEntryPoint(programs);
        answer.setDefaultEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        return answer;
    }
}
