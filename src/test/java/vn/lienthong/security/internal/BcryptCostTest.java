package vn.lienthong.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The gateway refuses to start when a user's password hash is cheaper to guess than bcrypt cost 10. */
class BcryptCostTest {

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withUserConfiguration(ConfiguredUsers.class, Properties.class);

    @EnableConfigurationProperties(SecurityProperties.class)
    static class Properties {
    }

    @Test
    void shouldRefuseToStartWithABcryptCostBelowTen() {
        gateway.withPropertyValues(
                        "gateway.security.users.lan.password-hash=$2a$04$slryzEW.qvzQ.qmatuRJ9eePJlk0J983x2XFdcPhtc1ydj3ER8POu",
                        "gateway.security.users.lan.role=operator")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("gateway.security.users.lan.password-hash has bcrypt cost 4, below the minimum 10"));
    }

    @Test
    void shouldStartWithCostTen() {
        gateway.withPropertyValues(
                        "gateway.security.users.lan.password-hash=$2a$10$ja6CjPl/8OUvb/ES8xGGNOjP981zmaQ3Sehee54HNfpAqWNXRvJFm",
                        "gateway.security.users.lan.role=operator")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(UserDetailsService.class));
    }
}
