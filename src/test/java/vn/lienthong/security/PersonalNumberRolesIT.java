package vn.lienthong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** Personal numbers in full for operators and (through the role hierarchy) admins; masked for viewers. */
class PersonalNumberRolesIT extends GatewayIntegrationTest {

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    @Test
    void shouldShowPersonalNumbersToOperatorsAndAdminsAndMaskThemForViewers() {
        Expectation broken = invalidDossier();
        Long id = await().atMost(Duration.ofMinutes(3)).until(() -> jdbc.queryForList(
                "select id from failed_sync where code = ?", Long.class, broken.code()).stream().findFirst()
                .orElse(null), found -> found != null);

        String operator = as(TestUsers.OPERATOR).get().uri("/api/failures/{id}", id).retrieve().body(String.class);
        String admin = as(TestUsers.ADMIN).get().uri("/api/failures/{id}", id).retrieve().body(String.class);
        String viewer = as(TestUsers.VIEWER).get().uri("/api/failures/{id}", id).retrieve().body(String.class);

        assertThat(operator).containsPattern("\\d{12}"); // the applicant's identity number, in full
        assertThat(admin).isEqualTo(operator);
        // the identity number itself (a transaction id or a file hash may hold long digit runs of their own)
        assertThat(viewer).doesNotContainPattern("identityNumber\\\\\":\\\\\"\\d{12}").contains("********");
    }

    private Expectation invalidDossier() {
        for (int round = 0; round < 200; round++) {
            Set<String> keys = new HashSet<>(province.generate(50));
            List<Expectation> broken = province.expectations().stream().filter(e -> keys.contains(e.key()))
                    .filter(e -> !e.mustAccept() && e.code() != null)
                    .filter(e -> province.newest(e.key()).matches("(?s).*\\b\\d{12}\\b.*")).toList();
            if (!broken.isEmpty()) {
                return broken.get(0);
            }
        }
        throw new IllegalStateException("the simulator made no dossier the gateway must reject");
    }
}
