package vn.lienthong.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (Basic credentials, or the login form's post) with 429 and {@code Retry-After} while
 * its user or its client address must wait after failures ({@link LoginThrottle}), before any password is checked.
 */
final class ThrottledLogins extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
    private final RequestMatcher loginForm = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    ThrottledLogins(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = userOf(request);
        Duration wait = user == null ? Duration.ZERO : throttle.waitFor(user, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(),
                "Too many failed logins: try again in " + seconds + " s");
    }

    private String userOf(HttpServletRequest request) {
        if (loginForm.matches(request)) {
            return request.getParameter("username");
        }
        try {
            UsernamePasswordAuthenticationToken credentials = basic.convert(request);
            return credentials == null ? null : credentials.getName();
        } catch (RuntimeException malformed) {
            return null; // BasicAuthenticationFilter answers it
        }
    }
}
