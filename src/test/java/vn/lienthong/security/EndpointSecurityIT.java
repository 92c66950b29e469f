package vn.lienthong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.client.RestClient;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.security.internal.BrowserRequests;
import vn.lienthong.security.internal.GatewaySecurity;
import vn.lienthong.security.internal.SecurityProperties;

/**
 * Walks every mapped endpoint, whoever added it: without credentials it must answer 401 (with our Basic challenge
 * on the machine APIs),
 * with a role below the one required 403, and (for reads) with the role required neither; the open endpoints must
 * never send our challenge. Refused requests never reach a controller, so walking them changes nothing.
 */
class EndpointSecurityIT extends GatewayIntegrationTest {

    private static final String CHALLENGE = "Basic realm=\"" + GatewaySecurity.REALM + "\"";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private SecurityProperties configured;

    record Answer(int status, String challenge) {
    }

    @Test
    void shouldKeepTheConfiguredHashAndItsCostAfterLoggingIn() {
        for (int i = 0; i < 2; i++) {
            assertThat(as("test-operator").get().uri("/api/failures").retrieve().toBodilessEntity()
                    .getStatusCode().value()).isEqualTo(200);
        }
        // Spring Security would otherwise re-hash it in memory at its own default cost
        assertThat(users.loadUserByUsername("test-operator").getPassword())
                .isEqualTo(configured.users().get("test-operator").passwordHash()).startsWith("$2a$10$");
    }

    @Test
    void shouldRefuseEveryEndpointToStrangersAndWrongRolesButTheOpenOnes() {
        Set<EndpointCatalogue.Endpoint> endpoints = EndpointCatalogue.of(context);
        assertThat(endpoints).extracting(Object::toString).contains("GET /api/audit", "GET /api/audit/verify",
                "GET /api/admin/users", "GET /actuator/prometheus", "GET /v3/api-docs", "GET /actuator/health/x");

        List<String> wrong = new ArrayList<>();
        for (EndpointCatalogue.Endpoint endpoint : endpoints) {
            AccessRule rule = AccessRule.of(endpoint.method(), endpoint.path());
            if (rule.open()) {
                if (endpoint.method().equals("GET") || endpoint.path().equals("/paygov/notify")) {
                    expect(wrong, endpoint, "anonymous", call(TestUsers.anonymous(PORT), endpoint), false, null);
                }
                continue;
            }
            // only programs calling the machine APIs are challenged; a browser never is (see the next tests)
            boolean machineApi = endpoint.path().startsWith("/api/") || endpoint.path().startsWith("/actuator")
                    || endpoint.path().startsWith("/v3/");
            expect(wrong, endpoint, "anonymous", call(TestUsers.anonymous(PORT), endpoint),
                    rule.strangerStatus() == 401 && machineApi, rule.strangerStatus());
            if (rule.refusedUser() != null) {
                expect(wrong, endpoint, rule.refusedUser(), call(as(rule.refusedUser()), endpoint), false, 403);
            }
            if (endpoint.method().equals("GET")) {
                Answer allowed = call(as(rule.allowedUser()), endpoint);
                if (allowed.status() == 401 || allowed.status() == 403) {
                    wrong.add(endpoint + " as " + rule.allowedUser() + ": refused with " + allowed.status());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldLetProbesAndTheLoginFormInWithoutCredentials() {
        assertThat(call(TestUsers.anonymous(PORT), get("/actuator/health/liveness")).status()).isEqualTo(200);
        assertThat(call(TestUsers.anonymous(PORT), get("/actuator/health/readiness")).status()).isEqualTo(200);
        assertThat(call(TestUsers.anonymous(PORT), get("/login")).status()).isEqualTo(200);
    }

    @Test
    void shouldSendPeopleToTheLoginFormAndMachinesA401() {
        RestClient browser = TestUsers.anonymous(PORT);
        // the client follows the redirect: a person lands on the login form
        String page = browser.get().uri("/swagger-ui.html").accept(MediaType.TEXT_HTML)
                .exchange((request, response) -> new String(response.getBody().readAllBytes()));
        int api = browser.get().uri("/api/audit").accept(MediaType.TEXT_HTML)
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(page).contains("name=\"username\"").contains("name=\"password\"");
        assertThat(api).isEqualTo(401);
    }

    @Test
    void shouldNeverChallengeABrowserForBasicCredentials() {
        RestClient browser = TestUsers.anonymous(PORT);
        Answer page = browser.get().uri("/api/failures").accept(MediaType.TEXT_HTML)
                .exchange((request, response) -> answer(response));
        Answer fetch = browser.get().uri("/api/failures").header("Sec-Fetch-Mode", "cors")
                .exchange((request, response) -> answer(response));
        Answer htmx = browser.get().uri("/console/overview/live").header("HX-Request", "true")
                .exchange((request, response) -> answer(response));
        Answer wrongPassword = RestClient.builder().baseUrl("http://localhost:" + PORT)
                .defaultHeaders(h -> h.setBasicAuth(TestUsers.VIEWER, "guess")).build()
                .get().uri("/api/failures").header("Sec-Fetch-Mode", "navigate").accept(MediaType.TEXT_HTML)
                .exchange((request, response) -> answer(response));
        Answer program = browser.get().uri("/api/failures").accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> answer(response));

        assertThat(List.of(page, fetch, htmx, wrongPassword)).containsOnly(new Answer(401, null));
        assertThat(program).isEqualTo(new Answer(401, CHALLENGE));
    }

    @Test
    void shouldTakeABasicChangeOnlyWithJsonOrTheRequestedByHeader() {
        RestClient operator = RestClient.builder().baseUrl("http://localhost:" + PORT)
                .defaultHeaders(h -> h.setBasicAuth(TestUsers.OPERATOR, TestUsers.password(TestUsers.OPERATOR))).build();
        String action = "/api/systems/dvcqg/resume?what=delivery"; // delivery is not paused: nothing changes

        int form = operator.post().uri(action).contentType(MediaType.APPLICATION_FORM_URLENCODED).body("x=1")
                .exchange((request, response) -> response.getStatusCode().value());
        int plain = operator.post().uri(action).contentType(MediaType.TEXT_PLAIN).body("x")
                .exchange((request, response) -> response.getStatusCode().value());
        int json = operator.post().uri(action).contentType(MediaType.APPLICATION_JSON).body("{}")
                .exchange((request, response) -> response.getStatusCode().value());
        int marked = operator.post().uri(action).header(BrowserRequests.DELIBERATE, "curl")
                .exchange((request, response) -> response.getStatusCode().value());

        assertThat(List.of(form, plain)).containsOnly(403);
        assertThat(List.of(json, marked)).containsOnly(200);
    }

    @Test
    void shouldSendSecurityHeadersOnEveryPage() {
        for (String path : List.of("/login", "/console", "/api/failures", "/actuator/health", "/swagger-ui/index.html")) {
            HttpHeaders headers = as(TestUsers.VIEWER).get().uri(path).accept(MediaType.TEXT_HTML, MediaType.ALL)
                    .exchange((request, response) -> response.getHeaders());
            assertThat(headers.getFirst("Content-Security-Policy")).as(path)
                    .contains("frame-ancestors 'none'").contains("script-src 'self';").doesNotContain("unsafe");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    @Test
    void shouldMarkTheSessionCookieSecureOnlyBehindTls() {
        String plain = loginCookie(null);
        String forwarded = loginCookie("https");

        assertThat(plain).contains("JSESSIONID").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(forwarded).contains("JSESSIONID").contains("Secure").contains("HttpOnly");
    }

    @Test
    void shouldBelieveForwardedHeadersOnlyFromTheTrustedProxy() throws java.io.IOException {
        // the same claim of TLS from another address of this host (127.0.0.2 is not the configured proxy)
        String fromLoopback = rawLoginCookie("127.0.0.1");
        String fromAnotherHost = rawLoginCookie("127.0.0.2");

        assertThat(fromLoopback).contains("JSESSIONID").contains("Secure");
        assertThat(fromAnotherHost).contains("JSESSIONID").doesNotContain("Secure");
    }

    /** The Set-Cookie line of /login asked from the given local address, claiming TLS through X-Forwarded-Proto. */
    private static String rawLoginCookie(String from) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), PORT,
                java.net.InetAddress.getByName(from), 0)) {
            socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
                    + "X-Forwarded-For: 203.0.113.7\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return answer.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                    .findFirst().orElse("");
        }
    }

    /** The cookie of a fresh session, as a proxy terminating TLS would see it when it says so (X-Forwarded-Proto). */
    private static String loginCookie(String forwardedProto) {
        return TestUsers.anonymous(PORT).get().uri("/login")
                .headers(h -> {
                    if (forwardedProto != null) {
                        h.set("X-Forwarded-Proto", forwardedProto);
                    }
                }).exchange((request, response) -> String.valueOf(response.getHeaders().get(HttpHeaders.SET_COOKIE)));
    }

    private static Answer answer(org.springframework.http.client.ClientHttpResponse response) throws java.io.IOException {
        return new Answer(response.getStatusCode().value(), response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void shouldRefuseAWrongPassword() {
        RestClient impostor = RestClient.builder().baseUrl("http://localhost:" + PORT)
                .defaultHeaders(h -> h.setBasicAuth(TestUsers.ADMIN, "guess")).build();

        assertThat(call(impostor, get("/api/audit")).status()).isEqualTo(401);
    }

    private static EndpointCatalogue.Endpoint get(String path) {
        return new EndpointCatalogue.Endpoint("GET", path);
    }

    private static void expect(List<String> wrong, EndpointCatalogue.Endpoint endpoint, String who, Answer answer,
                               boolean challenged, Integer status) {
        boolean ourChallenge = CHALLENGE.equals(answer.challenge());
        if ((status != null && answer.status() != status) || ourChallenge != challenged) {
            wrong.add(endpoint + " as " + who + ": " + answer);
        }
    }

    private static Answer call(RestClient client, EndpointCatalogue.Endpoint endpoint) {
        RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(endpoint.method()))
                .uri("http://localhost:" + PORT + endpoint.path()).accept(MediaType.APPLICATION_JSON);
        if (!endpoint.method().equals("GET")) {
            request = request.contentType(MediaType.APPLICATION_JSON).body("{}");
        }
        return request.exchange((req, response) -> new Answer(response.getStatusCode().value(),
                response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)));
    }
}
