package vn.lienthong.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Bearer tokens are never taken without an issuer and an audience to check them against. */
class BearerTokenSettingsTest {

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withUserConfiguration(BearerTokenSettings.class);

    @Test
    void shouldRefuseToStartWithAnIssuerButNoAudience() {
        gateway.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.example.gov.vn/realms/p")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences"));
    }

    @Test
    void shouldRefuseToStartWithAKeySetButNoIssuer() {
        gateway.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://sso.example.gov.vn/certs",
                        "spring.security.oauth2.resourceserver.jwt.audiences=lienthong-gateway")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
    }

    @Test
    void shouldStartWithoutBearerTokensOrWithIssuerAndAudience() {
        gateway.run(context -> assertThat(context).hasNotFailed());
        gateway.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.example.gov.vn/realms/p",
                        "spring.security.oauth2.resourceserver.jwt.audiences=lienthong-gateway")
                .run(context -> assertThat(context).hasNotFailed());
    }
}
