package vn.lienthong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.security.internal.RecentLogins;

/** Password guessing is slowed down, and a client polling with the right password does not pay a bcrypt each time. */
class LoginThrottleIT extends GatewayIntegrationTest {

    @Autowired
    private RecentLogins recentLogins;

    record Answer(int status, String retryAfter) {
    }

    @Test
    void shouldThrottleAHundredWrongPasswordsInARowAndStillLetTheRightOneInAfterwards() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(get(basic(TestUsers.VIEWER, "guess-" + i)));
        }

        assertThat(answers).extracting(Answer::status).containsOnly(401, 429);
        List<Answer> throttled = answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(throttled).hasSizeGreaterThanOrEqualTo(90).allSatisfy(a -> assertThat(a.retryAfter()).isNotNull());
        // the back-off doubles from 1 s and each wait ends: the right password gets in once it has
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> get(rightPassword()).status(), status -> status == 200);
        assertThat(get(basic(TestUsers.VIEWER, "guess-again")).status()).as("a success starts the count afresh")
                .isEqualTo(401);
        assertThat(get(rightPassword()).status()).isEqualTo(200);
    }

    @Test
    void shouldShowWhatAPollersRequestCostsWithAndWithoutTheRememberedCheck() {
        RestClient poller = as(TestUsers.VIEWER);
        for (int i = 0; i < 20; i++) {
            get(poller); // warm up
        }
        int checked = 20;
        long before = cpuNanos();
        for (int i = 0; i < checked; i++) {
            recentLogins.forget();
            assertThat(get(poller).status()).isEqualTo(200);
        }
        long uncached = (cpuNanos() - before) / checked;
        int remembered = 200;
        before = cpuNanos();
        for (int i = 0; i < remembered; i++) {
            assertThat(get(poller).status()).isEqualTo(200);
        }
        long cached = (cpuNanos() - before) / remembered;

        System.out.printf("CPU per polling request (GET /api/systems, bcrypt cost 10; client and request threads):"
                + " %.2f ms with a bcrypt check each time, %.2f ms with the check remembered%n",
                uncached / 1e6, cached / 1e6);
    }

    /**
     * A client that takes a 429 as the answer: Boot's default (Apache HttpClient) would wait for Retry-After and
     * send the same wrong password again, one more failure each time.
     */
    private static RestClient basic(String user, String password) {
        return RestClient.builder().baseUrl("http://localhost:" + PORT).requestFactory(new JdkClientHttpRequestFactory())
                .defaultHeaders(h -> h.setBasicAuth(user, password)).build();
    }

    private static RestClient rightPassword() {
        return basic(TestUsers.VIEWER, TestUsers.password(TestUsers.VIEWER));
    }

    private static Answer get(RestClient client) {
        return client.get().uri("/api/systems").exchange((request, response) -> new Answer(
                response.getStatusCode().value(), response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
    }

    /** CPU of this (the client's) thread and of Tomcat's request threads: not of the flows polling meanwhile. */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = threads.getCurrentThreadCpuTime();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("http-nio-")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }
}
