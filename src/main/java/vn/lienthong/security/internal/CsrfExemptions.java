package vn.lienthong.security.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests a forged cross-site form cannot make, so they need no CSRF token: a bearer token (a browser never sends
 * one by itself), Basic credentials with a JSON body or the {@value BrowserRequests#DELIBERATE} header (a browser
 * does send Basic credentials it has cached, but no cross-site form can set these), and API calls with no
 * credentials at all (nothing for a forger to ride on; they get 401). Everything else that changes something
 * needs the CSRF token of our own pages: form login, logout, the console's forms, and Basic changes without either
 * mark, which is what a cross-site form riding on cached Basic credentials looks like.
 */
final class CsrfExemptions {

    private CsrfExemptions() {
    }

    static RequestMatcher create() {
        RequestMatcher bearer = request -> startsWith(request.getHeader(HttpHeaders.AUTHORIZATION), "Bearer ");
        RequestMatcher basicOnPurpose = request -> startsWith(request.getHeader(HttpHeaders.AUTHORIZATION), "Basic ")
                && BrowserRequests.deliberate(request);
        RequestMatcher noCredentials = request -> request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() == null;
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        return new OrRequestMatcher(bearer, basicOnPurpose, new AndRequestMatcher(api, noCredentials));
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
