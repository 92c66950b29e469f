package vn.lienthong.simulator.provincial;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.lienthong.simulator.faults.FaultInjector;

/** Lets only calls with a live bearer token through; the session-expiry fault revokes one mid-run. */
@Component
class BearerTokenInterceptor implements HandlerInterceptor {

    private final TokenStore tokens;
    private final FaultInjector faults;

    BearerTokenInterceptor(TokenStore tokens, @Qualifier(ProvincialConfiguration.FAULTS) FaultInjector faults) {
        this.tokens = tokens;
        this.faults = faults;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        if (!tokens.valid(token)) {
            return refuse(response);
        }
        if (faults.sessionExpiresNow()) {
            tokens.revoke(token);
            return refuse(response);
        }
        return true;
    }

    private static boolean refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
        response.getWriter().write("{\"error\":\"invalid_token\"}");
        return false;
    }
}
