package vn.lienthong.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Records every action on the API and the console (any method but GET/HEAD/OPTIONS under /api/ or /console/)
 * that got past authorisation:
 * the authenticated user, method and path, query string, body, and the response status. Runs after Spring
 * Security's filter chain, so refused requests never reach it.
 */
class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    /** The console's forms carry their CSRF token: a session secret, never kept. */
    private static final java.util.regex.Pattern CSRF_TOKEN = java.util.regex.Pattern.compile("(^|&)_csrf=[^&]*");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditTrail trail;

    AuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return READS.contains(request.getMethod()) || !(path.startsWith("/api/") || path.startsWith("/console/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingRequestWrapper body = new ContentCachingRequestWrapper(request, AuditTrail.MAX_TEXT);
        String outcome = null;
        try {
            chain.doFilter(body, response);
            outcome = outcome(response.getStatus());
        } catch (IOException | ServletException | RuntimeException e) {
            outcome = "500 failed: " + e.getClass().getSimpleName();
            throw e;
        } finally {
            record(body, outcome);
        }
    }

    private void record(ContentCachingRequestWrapper request, String outcome) {
        String actor = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        String detail = CSRF_TOKEN.matcher(new String(body(request), StandardCharsets.UTF_8)).replaceAll("").replaceFirst("^&", "");
        try {
            trail.append(actor, request.getMethod() + " " + request.getRequestURI(), request.getQueryString(),
                    detail.isEmpty() ? null : detail, outcome);
        } catch (RuntimeException e) {
            log.error("Could not append {} {} by {} to the audit log", request.getMethod(), request.getRequestURI(), actor, e);
        }
    }

    /** What the controller read, or else (refused before reading, e.g. 405) what is left unread of the body. */
    private static byte[] body(ContentCachingRequestWrapper request) {
        byte[] read = request.getContentAsByteArray();
        if (read.length > 0) {
            return read;
        }
        try {
            return request.getRequest().getInputStream().readNBytes(AuditTrail.MAX_TEXT);
        } catch (IOException | IllegalStateException unreadable) {
            return new byte[0];
        }
    }

    private static String outcome(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : status + " " + known.getReasonPhrase();
    }
}
