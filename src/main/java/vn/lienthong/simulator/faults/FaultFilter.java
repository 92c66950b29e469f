package vn.lienthong.simulator.faults;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the transport-level faults of a {@link FaultInjector} in front of a system's contract endpoints. */
public class FaultFilter extends OncePerRequestFilter {

    private static final String TRUNCATED_JSON = "{\"error_code\":0,\"data\":[{\"Ma";
    private static final String HTML_PAGE = "<html><head><title>%d %s</title></head><body><center><h1>%d %s</h1>"
            + "</center><hr><center>Hệ thống đang bảo trì</center></body></html>";

    private final FaultInjector injector;

    public FaultFilter(FaultInjector injector) {
        this.injector = injector;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FaultSettings settings = injector.settings();
        try {
            if (settings.latency() > 0) {
                injector.record(FaultKind.LATENCY);
                injector.pause(settings.latency());
            }
            FaultKind fault = injector.drawTransportFault(settings);
            if (fault == null) {
                chain.doFilter(request, response);
                return;
            }
            switch (fault) {
                case OUTAGE -> html(response, HttpStatus.SERVICE_UNAVAILABLE);
                case HANG -> {
                    injector.pause(settings.hang());
                    html(response, HttpStatus.GATEWAY_TIMEOUT);
                }
                case SERVER_ERROR -> html(response, HttpStatus.valueOf(injector.serverErrorStatus()));
                case TOO_MANY_REQUESTS -> tooMany(response, settings.retryAfter());
                case REFUSAL -> write(response, HttpStatus.valueOf(settings.refusal()), MediaType.APPLICATION_JSON_VALUE,
                        "{\"error\":\"refused\",\"message\":\"refused by fault injection\"}");
                default -> malformed(response);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    private void malformed(HttpServletResponse response) throws IOException {
        if (injector.coinFlip()) {
            html(response, HttpStatus.OK, HttpStatus.INTERNAL_SERVER_ERROR);
        } else {
            write(response, HttpStatus.OK, MediaType.APPLICATION_JSON_VALUE, TRUNCATED_JSON);
        }
    }

    private void tooMany(HttpServletResponse response, int retryAfterSeconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        write(response, HttpStatus.TOO_MANY_REQUESTS, MediaType.APPLICATION_JSON_VALUE,
                "{\"error\":\"too_many_requests\",\"message\":\"Vượt quá giới hạn truy cập\"}");
    }

    private void html(HttpServletResponse response, HttpStatus status) throws IOException {
        html(response, status, status);
    }

    private void html(HttpServletResponse response, HttpStatus status, HttpStatus shown) throws IOException {
        String page = HTML_PAGE.formatted(shown.value(), shown.getReasonPhrase(), shown.value(), shown.getReasonPhrase());
        write(response, status, MediaType.TEXT_HTML_VALUE, page);
    }

    private void write(HttpServletResponse response, HttpStatus status, String contentType, String body)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(contentType + ";charset=UTF-8");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
