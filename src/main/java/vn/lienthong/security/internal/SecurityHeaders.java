package vn.lienthong.security.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Headers on every answer, besides Spring Security's defaults ({@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY}, no caching of authenticated answers, HSTS over HTTPS). The content security policy
 * allows only our own scripts, styles and connections: the console loads htmx, uPlot and its own script from files
 * (no inline script, no {@code eval}: it uses no {@code hx-on} nor trigger filters), uPlot styles through the DOM,
 * Swagger UI draws its icons from {@code data:} images. The one inline style is the one htmx adds for its request
 * indicators, allowed by its hash. No page may be framed, and other sites learn nothing of our URLs.
 */
final class SecurityHeaders {

    /** SHA-256 of the {@code <style>} htmx 2.0 inserts (insertIndicatorStyles); a newer htmx may need a new one. */
    private static final String HTMX_INDICATOR_STYLE = "'sha256-faU7yAF8NxuMTNEwVmBz+VcYeIoBQ2EMHW3WaVxCvnk='";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
            + HTMX_INDICATOR_STYLE + "; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> all() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny());
    }
}
