package vn.lienthong.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** The operators' command line against the real gateway over HTTP, as an operator would type it. */
class LienThongCliIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    @Autowired
    private ProvincialSimulator province;

    record Run(int exit, String out, String err) {
    }

    @Test
    void shouldListFailuresShowTheStoryAndReplayInBulkAfterADryRun() {
        Expectation broken = invalidDossier();
        Map<String, Object> failure = await().atMost(GENEROUS).until(() -> failureOf(broken.code()), f -> f != null);
        String from = ((java.sql.Timestamp) failure.get("last_failed_at")).toInstant().toString();
        String stage = (String) failure.get("stage");

        Run list = cli(TestUsers.OPERATOR, "failures", "list", "--from", from, "--stage", stage, "--size", "500");
        Run story = cli(TestUsers.VIEWER, "story", broken.code());
        Run dryRun = cli(TestUsers.OPERATOR, "replay", "--from", from, "--stage", stage);
        Run execute = cli(TestUsers.OPERATOR, "replay", "--from", from, "--stage", stage, "--rate", "5", "--execute");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains(broken.code()).contains("dossier-sync");
        assertThat(story.out()).contains("pulled").contains("failed");
        assertThat(dryRun.out()).containsPattern("Dry run: [1-9]\\d* failure\\(s\\) would be replayed")
                .contains("Nothing replayed");
        Matcher job = Pattern.compile("Started replay job (\\d+)").matcher(execute.out());
        assertThat(job.find()).as(execute.out() + execute.err()).isTrue();
        await().atMost(GENEROUS).until(() -> cli(TestUsers.VIEWER, "--json", "jobs", "show", job.group(1)).out(),
                out -> out.contains("\"state\" : \"done\""));
        assertThat(cli(TestUsers.VIEWER, "jobs", "list").out()).contains(job.group(1));
    }

    @Test
    void shouldPauseAndResumeDeliveryAndLeaveBothInTheVerifiedAuditLog() {
        try {
            Run paused = cli(TestUsers.OPERATOR, "--json", "systems", "pause", "dvcqg", "--what", "delivery");
            assertThat(paused.exit()).as(paused.err()).isZero();
            assertThat(paused.out()).contains("\"deliveryPaused\" : true");
        } finally {
            assertThat(cli(TestUsers.OPERATOR, "--json", "systems", "resume", "dvcqg", "--what", "delivery").out())
                    .contains("\"deliveryPaused\" : false");
        }
        Run systems = cli(TestUsers.VIEWER, "systems", "list");
        Run audit = cli(TestUsers.VIEWER, "audit", "list", "--size", "5");
        String head = cli(TestUsers.VIEWER, "audit", "head").out().trim();
        Run verify = cli(TestUsers.VIEWER, "audit", "verify", "--head", head);

        assertThat(systems.out()).contains("dvcqg").contains("provincial").contains("circuitState");
        assertThat(audit.out()).contains("POST /api/systems/dvcqg/pause").contains("POST /api/systems/dvcqg/resume")
                .contains(TestUsers.OPERATOR).contains("what=delivery");
        assertThat(head).matches("\\d+:[0-9a-f]{64}");
        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).contains("Audit log valid").contains("exported head found");
    }

    @Test
    void shouldRefuseAViewerThatTriesToPauseWithExitCode1() {
        Run refused = cli(TestUsers.VIEWER, "systems", "pause", "dvcqg", "--what", "delivery");

        assertThat(refused.exit()).isEqualTo(LienThongCli.API_FAILED);
        assertThat(refused.err()).contains("HTTP 403");
    }

    @Test
    void shouldSayWhichCredentialsToCheckOnAWrongPassword() {
        Run refused = run("--url", "http://localhost:" + PORT, "--user", TestUsers.OPERATOR, "--password", "nope",
                "systems", "list");

        assertThat(refused.exit()).isEqualTo(LienThongCli.API_FAILED);
        assertThat(refused.err()).contains("HTTP 401").contains("LIENTHONG_USER");
    }

    private Run cli(String user, String... command) {
        List<String> args = new ArrayList<>(List.of("--url", "http://localhost:" + PORT, "--user", user,
                "--password", TestUsers.password(user)));
        args.addAll(List.of(command));
        return run(args.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = LienThongCli.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Expectation invalidDossier() {
        for (int round = 0; round < 200; round++) {
            Set<String> keys = new HashSet<>(province.generate(50));
            List<Expectation> broken = province.expectations().stream().filter(e -> keys.contains(e.key()))
                    .filter(e -> !e.mustAccept() && e.code() != null).toList();
            if (!broken.isEmpty()) {
                return broken.get(0);
            }
        }
        throw new IllegalStateException("the simulator made no dossier the gateway must reject");
    }

    private Map<String, Object> failureOf(String code) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, stage, last_failed_at from failed_sync where code = ? order by id", code);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
