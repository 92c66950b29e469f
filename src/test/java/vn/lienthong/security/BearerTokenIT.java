package vn.lienthong.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import vn.lienthong.security.internal.BearerTokenSettings;
import vn.lienthong.security.internal.ConfiguredUsers;
import vn.lienthong.security.internal.GatewaySecurity;
import vn.lienthong.security.internal.LoginProtection;
import vn.lienthong.security.internal.LoginSettings;
import vn.lienthong.security.internal.Roles;
import vn.lienthong.security.internal.SecurityProperties;

/**
 * Bearer tokens of an OpenID Connect provider: a test issuer signs tokens with its own key and serves the public
 * half as a JWK set over HTTP; the gateway's security (its real filter chain, without the flows behind it) must
 * take only tokens of that issuer for this gateway's audience, and give roles only for the configured claim values.
 */
@SpringBootTest(classes = BearerTokenIT.SecuredApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerTokenIT {

    private static final String AUDIENCE = "lienthong-gateway";
    private static final RSAKey KEY = signingKey();
    private static final HttpServer ISSUER = issuer();
    private static final String ISSUER_URI = "http://localhost:" + ISSUER.getAddress().getPort() + "/realms/province";

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void issuerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER_URI);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> ISSUER_URI + "/certs");
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
        registry.add("gateway.security.oidc.roles-claim", () -> "groups");
        registry.add("gateway.security.oidc.role-values.operator", () -> "tthc-operators");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherAudience() {
        assertThat(call(token(ISSUER_URI, "land-registry-app", "tthc-operators"))).isEqualTo(401);
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        assertThat(call(token("http://localhost:1/realms/elsewhere", AUDIENCE, "tthc-operators"))).isEqualTo(401);
    }

    @Test
    void shouldGiveTheRoleOfAConfiguredClaimValueToATokenForThisGateway() {
        String roles = RestClient.create("http://localhost:" + port).get().uri("/api/whoami")
                .headers(h -> h.setBearerAuth(token(ISSUER_URI, AUDIENCE, "tthc-operators")))
                .retrieve().body(String.class);

        assertThat(roles).contains("ROLE_OPERATOR").contains("ROLE_VIEWER").doesNotContain("ROLE_ADMIN");
    }

    @Test
    void shouldGiveNoRoleForAGenericAdminGroupThatIsNotConfigured() {
        assertThat(call(token(ISSUER_URI, AUDIENCE, "admin"))).isEqualTo(403);
    }

    private int call(String token) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/whoami")
                .headers(h -> h.setBearerAuth(token))
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private static String token(String issuer, String audience, String group) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("lan")
                .claim("groups", List.of(group)).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey signingKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-issuer").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer issuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            byte[] keys = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/province/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gateway's security in front of one endpoint that tells who called. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
    @Import({GatewaySecurity.class, ConfiguredUsers.class, Roles.class, LoginProtection.class,
            BearerTokenSettings.class, SecuredApi.WhoAmI.class})
    @EnableConfigurationProperties({SecurityProperties.class, LoginSettings.class})
    static class SecuredApi {

        @RestController
        static class WhoAmI {
            @GetMapping("/api/whoami")
            List<String> roles(Authentication caller) {
                return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList();
            }
        }
    }
}
