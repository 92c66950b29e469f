package vn.lienthong.simulator.provincial;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.simulator.SimulatorProperties;

/** OAuth2 client credentials grant; the client may authenticate in the form or with HTTP Basic. */
@RestController
@RequestMapping("/sim/provincial")
class TokenController {

    private final TokenStore tokens;
    private final SimulatorProperties.Provincial settings;

    TokenController(TokenStore tokens, SimulatorProperties properties) {
        this.tokens = tokens;
        this.settings = properties.provincial();
    }

    @PostMapping("/oauth/token")
    ResponseEntity<Map<String, Object>> token(@RequestParam MultiValueMap<String, String> form,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            return ResponseEntity.badRequest().body(Map.of("error", "unsupported_grant_type"));
        }
        String[] client = basic(authorization);
        if (client == null) {
            client = new String[] {form.getFirst("client_id"), form.getFirst("client_secret")};
        }
        if (!settings.clientId().equals(client[0]) || !settings.clientSecret().equals(client[1])) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid_client"));
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Map.of("access_token", tokens.issue(), "token_type", "Bearer",
                        "expires_in", tokens.ttl().toSeconds()));
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = pair.indexOf(':');
        return colon < 0 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
    }
}
