package vn.lienthong;

import org.springframework.web.client.RestClient;

/** The users of application-test.yaml (names test-viewer, test-operator ...; password viewer-test, operator-test ...) and HTTP clients that log in as them. */
public final class TestUsers {

    public static final String VIEWER = "test-viewer";
    public static final String OPERATOR = "test-operator";
    public static final String ADMIN = "test-admin";
    /** May read /actuator/prometheus and nothing else. */
    public static final String SCRAPER = "test-scraper";

    private TestUsers() {
    }

    public static String password(String user) {
        return user.substring("test-".length()) + "-test";
    }

    public static RestClient client(int port, String user) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> {
                    headers.setBasicAuth(user, password(user));
                    headers.set("X-Requested-By", "lienthong-tests"); // a program's change, not a cross-site form
                }).build();
    }

    public static RestClient anonymous(int port) {
        return RestClient.create("http://localhost:" + port);
    }
}
