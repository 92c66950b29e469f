package vn.lienthong.audit.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.WebUtils;
import vn.lienthong.audit.AuditEntry;
import vn.lienthong.audit.AuditTrail;

/**
 * Audits every action a user's request is about to make, whichever way its path was spelt: it runs in Spring MVC
 * once the handler is chosen (after Spring Security let the request through), so it sees the path as the handler
 * mapping decoded and matched it. An action is any method but GET/HEAD/OPTIONS/TRACE, or any method on a handler
 * mapped without a method. The row is written before the handler runs, and the handler runs only when it was
 * written (else 503); a second row records how the action ended.
 */
public final class ActionAudit implements HandlerInterceptor {

    public static final String STARTED = "started";
    /** A body is kept up to this many bytes; the handler reads on past them, so memory stays bounded. */
    public static final int BODY_BYTES = 4000;

    private static final Logger log = LoggerFactory.getLogger(ActionAudit.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String ROW = ActionAudit.class.getName() + ".row";
    /** The console's forms carry their CSRF token: a session secret, never kept. */
    private static final String CSRF = "_csrf";

    private final AuditTrail trail;

    ActionAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // a user's action: the open endpoints (PayGov's notification) prove themselves otherwise
        if (request.getDispatcherType() != DispatcherType.REQUEST || request.getUserPrincipal() == null
                || !isAction(request, handler)) {
            return true;
        }
        String actor = request.getUserPrincipal().getName();
        String action = action(request);
        try {
            request.setAttribute(ROW, trail.append(actor, action, request.getQueryString(), detail(request), STARTED));
        } catch (RuntimeException | IOException e) {
            log.error("Refused {} by {}: the audit log could not record it", action, actor, e);
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "the audit log cannot record this action, so it was not done; try again later");
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(request.getAttribute(ROW) instanceof AuditEntry started)) {
            return;
        }
        request.removeAttribute(ROW);
        String outcome = failure != null ? "500 failed: " + failure.getClass().getSimpleName() : outcome(response.getStatus());
        try {
            trail.append(started.actor(), started.action(), started.target(), "outcome of row " + started.id(), outcome);
        } catch (RuntimeException e) {
            log.error("The audit log holds {} by {} as row {} but not its outcome, {}", started.action(),
                    started.actor(), started.id(), outcome, e);
        }
    }

    private static boolean isAction(HttpServletRequest request, Object handler) {
        if (!READS.contains(request.getMethod())) {
            return true;
        }
        RequestMapping mapping = handler instanceof HandlerMethod method
                ? AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class) : null;
        return mapping != null && mapping.method().length == 0;
    }

    /** Method and path as the handler mapping matched it (decoded, without ;parameters), and as sent when different. */
    private static String action(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        String sent = request.getRequestURI();
        return request.getMethod() + " " + path
                + (sent.equals(request.getContextPath() + path) ? "" : " (sent as " + sent + ")");
    }

    private static String detail(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            return form(request); // the container parses these itself: their stream is not ours to read
        }
        BodyPeekingRequest body = WebUtils.getNativeRequest(request, BodyPeekingRequest.class);
        BodyPeekingRequest.Peek peek = body == null ? null : body.peek(BODY_BYTES);
        if (peek == null || peek.bytes().length == 0) {
            return null;
        }
        String text = AuditText.of(peek.bytes(), peek.bytes().length, peek.more());
        if (!peek.more()) {
            return text;
        }
        long length = request.getContentLengthLong();
        return text + (length > 0 ? "… [cut: " + length + " bytes in all]" : "… [cut after " + BODY_BYTES + " bytes]");
    }

    private static String form(HttpServletRequest request) {
        StringJoiner form = new StringJoiner("&");
        request.getParameterMap().forEach((name, values) -> {
            for (String value : CSRF.equals(name) ? new String[0] : values) {
                form.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return form.length() == 0 ? null : form.toString();
    }

    private static String outcome(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : status + " " + known.getReasonPhrase();
    }
}
