package vn.lienthong.simulator.provincial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.simulator.SimHttp.Answer;
import vn.lienthong.simulator.SimulatorTest;

class ProvincialAuthTest extends SimulatorTest {

    @Test
    void shouldIssueBearerTokenForClientCredentials() {
        Answer answer = http.post("/sim/provincial/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=lienthong&client_secret=lienthong-secret");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.json().get("expires_in").asInt()).isEqualTo(300);
        assertThat(http.api(answer.json().get("access_token").asText(), "/api/v1/dossiers/changes").status())
                .isEqualTo(200);
    }

    @Test
    void shouldAcceptClientCredentialsInBasicAuthentication() {
        Answer answer = http.post("/sim/provincial/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials", "Authorization", "Basic bGllbnRob25nOmxpZW50aG9uZy1zZWNyZXQ=");

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseWrongClientSecretAsInvalidClient() {
        Answer answer = http.post("/sim/provincial/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=lienthong&client_secret=wrong");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void shouldRefuseApiCallWithUnknownTokenAsInvalidToken() {
        Answer answer = http.api("not-a-token", "/api/v1/dossiers/changes");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_token");
    }

    @Test
    void shouldExpireTokenOnEveryNthCallWhenSessionExpiryIsInjected() {
        http.putJson("/sim/provincial/_admin/faults", Map.of("session-expiry-every", 3));
        String token = http.token();

        assertThat(http.api(token, "/api/v1/dossiers/changes").status()).isEqualTo(200);
        assertThat(http.api(token, "/api/v1/dossiers/changes").status()).isEqualTo(200);
        Answer third = http.api(token, "/api/v1/dossiers/changes");
        assertThat(third.status()).isEqualTo(401);
        assertThat(third.json().get("error").asText()).isEqualTo("invalid_token");
        assertThat(http.api(token, "/api/v1/dossiers/changes").status()).isEqualTo(401);
        assertThat(http.api(http.token(), "/api/v1/dossiers/changes").status()).isEqualTo(200);
    }
}
