package vn.lienthong.security.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bearer tokens are accepted only when it is clear whose they are and for whom: a resource server set up with a
 * key source (issuer, JWK set or public key) must also name the issuer and the audience. Spring Boot then checks
 * both on every token ({@code iss} and {@code aud} validators): a token the same identity provider issued for
 * another application of the province is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class BearerTokenSettings {

    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    @Bean
    InitializingBean bearerTokensNameIssuerAndAudience(OAuth2ResourceServerProperties properties) {
        return () -> check(properties.getJwt());
    }

    static void check(OAuth2ResourceServerProperties.Jwt jwt) {
        boolean configured = jwt.getIssuerUri() != null || jwt.getJwkSetUri() != null || jwt.getPublicKeyLocation() != null;
        List<String> missing = new ArrayList<>();
        if (configured && (jwt.getIssuerUri() == null || jwt.getIssuerUri().isBlank())) {
            missing.add(PREFIX + "issuer-uri");
        }
        if (configured && jwt.getAudiences().isEmpty()) {
            missing.add(PREFIX + "audiences");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Bearer tokens are configured without " + String.join(" and ", missing)
                    + ": tokens would be accepted whoever issued them and for whatever application; set the issuer"
                    + " and this gateway's audience (the client id the identity provider puts in aud)");
        }
    }
}
