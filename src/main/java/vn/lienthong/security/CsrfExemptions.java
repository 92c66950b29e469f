package vn.lienthong.security;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests a forged cross-site form cannot make, so they need no CSRF token: those carrying their own
 * credentials (Basic or bearer) and API calls without a session cookie (nothing for a forger to ride on). Form
 * login, logout, the console's pages and API calls riding on a login session keep CSRF protection.
 */
final class CsrfExemptions {

    private CsrfExemptions() {
    }

    static RequestMatcher create() {
        RequestMatcher ownCredentials = request -> request.getHeader("Authorization") != null;
        RequestMatcher noSession = request -> request.getRequestedSessionId() == null;
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        return new OrRequestMatcher(ownCredentials, new AndRequestMatcher(api, noSession));
    }
}
