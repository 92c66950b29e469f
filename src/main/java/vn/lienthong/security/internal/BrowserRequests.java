package vn.lienthong.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Tells a browser's request from a program's. A browser sends cookies and any Basic credentials it has cached
 * with every request, also with one that another site's page made it send (a form, an image): so it must never be
 * asked for Basic credentials (it would cache them), and a change it asks for must prove it came from our own
 * pages (the CSRF token). A program's change says so itself, with what no cross-site form can send without the
 * browser asking us first (CORS, which we never allow): a JSON body or the {@value #DELIBERATE} header.
 */
public final class BrowserRequests {

    /** Any value; the CLI sends {@code lienthong-cli}. */
    public static final String DELIBERATE = "X-Requested-By";

    private BrowserRequests() {
    }

    /** The machine APIs: the only paths that may challenge for Basic credentials, and only programs. */
    static RequestMatcher machineApis() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/actuator/**"),
                paths.matcher("/v3/**"));
    }

    /** A person asking for a page ({@code Accept: text/html}, not htmx asking for a part of one). */
    static RequestMatcher page() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new AndRequestMatcher(html, request -> request.getHeader("HX-Request") == null);
    }

    /** Asked for a page, or sent with a browser's fetch metadata ({@code Sec-Fetch-*}) or by htmx. */
    static RequestMatcher browser() {
        RequestMatcher fetchMetadata = request -> request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Dest") != null || request.getHeader("HX-Request") != null;
        return new OrRequestMatcher(page(), fetchMetadata);
    }

    /** A change that a cross-site form cannot have made: a JSON body, or the custom header. */
    static boolean deliberate(HttpServletRequest request) {
        if (request.getHeader(DELIBERATE) != null) {
            return true;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        try {
            MediaType media = type == null ? null : MediaType.parseMediaType(type);
            return media != null && (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(media)
                    || ("application".equals(media.getType()) && media.getSubtype().endsWith("+json")));
        } catch (RuntimeException invalid) {
            return false;
        }
    }
}
