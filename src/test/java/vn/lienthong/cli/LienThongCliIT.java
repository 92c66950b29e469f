package vn.lienthong.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.TestUsers;
import vn.lienthong.console.ReasonMessagesTest;
import vn.lienthong.platform.Reason;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** The operators' command line against the real gateway over HTTP, as an operator would type it. */
class LienThongCliIT extends GatewayIntegrationTest {

    private static final Duration GENEROUS = Duration.ofMinutes(3);

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    record Run(int exit, String out, String err) {
    }

    @Test
    void shouldListFailuresShowTheStoryAndReplayInBulkAfterADryRun() {
        Expectation broken = invalidDossier();
        Map<String, Object> failure = await().atMost(GENEROUS).until(() -> failureOf(broken.code()), f -> f != null);
        String from = ((Timestamp) failure.get("last_failed_at")).toInstant().toString();
        String stage = (String) failure.get("stage");

        Run list = cli(TestUsers.OPERATOR, "failures", "list", "--from", from, "--stage", stage, "--size", "500");
        Run english = cli(TestUsers.OPERATOR, "--lang", "en", "failures", "list", "--from", from, "--stage", stage,
                "--size", "500");
        Run story = cli(TestUsers.VIEWER, "story", broken.code());
        Run dryRun = cli(TestUsers.OPERATOR, "--lang", "en", "replay", "--from", from, "--stage", stage);
        Run dryRunVi = cli(TestUsers.OPERATOR, "--lang", "vi", "replay", "--from", from, "--stage", stage);
        Run execute = cli(TestUsers.OPERATOR, "--lang", "en", "replay", "--from", from, "--stage", stage, "--rate", "5",
                "--execute");

        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains(broken.code()).contains("dossier-sync");
        // Vietnamese unless asked otherwise (the test runs with --lang vi when LANG says English)
        Object[] args = Reason.argsOf((String) failure.get("args")).values().toArray();
        String vietnamese = ReasonMessagesTest.messages().getMessage("reason." + failure.get("reason_code"), args,
                Locale.forLanguageTag("vi"));
        assertThat(lineOf(cli(TestUsers.OPERATOR, "--lang", "vi", "failures", "list", "--from", from, "--stage", stage,
                "--size", "500"), broken.code())).endsWith(cell(vietnamese));
        assertThat(lineOf(english, broken.code())).endsWith(cell((String) failure.get("reason")));
        assertThat(story.out()).contains("pulled").contains("failed");
        assertThat(dryRun.out()).containsPattern("Dry run: [1-9]\\d* failure\\(s\\) would be replayed")
                .contains("Nothing replayed");
        assertThat(dryRunVi.out()).as("status lines in the language asked for")
                .containsPattern("Chạy thử: sẽ gửi lại [1-9][\\d.]* lỗi\\.").contains("Chưa gửi lại gì")
                .doesNotContain("Dry run").doesNotContain("Nothing replayed");
        Matcher job = Pattern.compile("Started replay job (\\d+)").matcher(execute.out());
        assertThat(job.find()).as(execute.out() + execute.err()).isTrue();
        await().atMost(GENEROUS).until(() -> cli(TestUsers.VIEWER, "--json", "jobs", "show", job.group(1)).out(),
                out -> out.contains("\"state\" : \"done\""));
        assertThat(cli(TestUsers.VIEWER, "jobs", "list").out()).contains(job.group(1));
    }

    @Test
    void shouldFollowABulkReplayLineByLineToItsDoneSummary() {
        List<String> codes = invalidDossiers(3).stream().map(Expectation::code).toList();
        await().atMost(GENEROUS).until(() -> openFailures(codes).size() == codes.size());
        String from = openFailures(codes).get(0).toInstant().toString();

        Run follow = cli(TestUsers.OPERATOR, "--lang", "en", "replay", "--from", from, "--rate", "1", "--execute", "--follow");

        assertThat(follow.exit()).as(follow.out() + follow.err()).isZero();
        Matcher started = Pattern.compile("Started replay job (\\d+) for (\\d+) failure").matcher(follow.out());
        assertThat(started.find()).as(follow.out()).isTrue();
        String job = "replay job " + started.group(1);
        List<String> lines = follow.out().lines().toList();
        assertThat(lines).as(follow.out())
                .anyMatch(l -> l.matches(job + " running  \\[[#-]{20}]  \\d+%  \\d+/" + started.group(2) + " done, \\d+ skipped.*"))
                .anyMatch(l -> l.matches(job + " done  \\[#{20}]  100%  .*"));
        assertThat(lines.get(lines.size() - 1)).startsWith("Replay job " + started.group(1) + " done: ");
    }

    @Test
    void shouldFollowADryRunReconciliationToItsCompletedSummaryAndListIt() {
        Set<String> keys = new HashSet<>(province.generate(20));
        List<String> codes = province.expectations().stream().filter(e -> keys.contains(e.key()))
                .map(Expectation::code).filter(c -> c != null).toList();
        await().atMost(GENEROUS).until(() -> delivered(codes) > 0);

        Run follow = cli(TestUsers.OPERATOR, "--lang", "en", "reconcile", "start", "--dry-run", "--days", "1", "--follow");
        Run list = cli(TestUsers.VIEWER, "reconcile", "list");

        assertThat(follow.exit()).as(follow.out() + follow.err()).isZero();
        Matcher started = Pattern.compile("Started reconciliation (\\d+) \\(dry run\\)").matcher(follow.out());
        assertThat(started.find()).as(follow.out()).isTrue();
        String id = started.group(1);
        List<String> lines = follow.out().lines().toList();
        assertThat(lines).as(follow.out()).anyMatch(l -> l.matches("reconciliation " + id + " \\w+  \\[[#-]{20}]  .*compared.*"));
        Matcher summary = Pattern.compile("Run " + id + " \\(dry run\\) over .*: ([\\d,]+) dossiers compared: .* in agreement.*")
                .matcher(lines.get(lines.size() - 1));
        assertThat(summary.matches()).as(follow.out()).isTrue();
        assertThat(Long.parseLong(summary.group(1).replace(",", ""))).isPositive();
        assertThat(list.out()).containsPattern("(?m)^" + id + " +completed +true ");
        assertThat(cli(TestUsers.VIEWER, "--lang", "vi", "reconcile", "show", id).out())
                .containsPattern("Lần đối soát " + id + " \\(chạy thử\\) trên .*: [\\d.]+ hồ sơ đã so sánh: .* khớp");
        assertThat(cli(TestUsers.VIEWER, "reconcile", "findings", id, "--kind", "failed").out())
                .startsWith("code  ").contains("kind");
        assertThat(cli(TestUsers.VIEWER, "reconcile", "findings", id, "--csv").out()).startsWith("code,unit_code,kind");
    }

    @Test
    void shouldFollowAPaymentReconciliationToItsCompletedSummary() {
        String day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(400).toString();

        Run follow = cli(TestUsers.OPERATOR, "--lang", "en", "payments", "reconcile", "--day", day, "--follow");

        assertThat(follow.exit()).as(follow.out() + follow.err()).isZero();
        Matcher started = Pattern.compile("Started payment reconciliation (\\d+) of " + day).matcher(follow.out());
        assertThat(started.find()).as(follow.out()).isTrue();
        assertThat(follow.out().lines().reduce((a, b) -> b).orElse(""))
                .startsWith("Payment reconciliation " + started.group(1) + " of " + day + " completed: ");
        assertThat(cli(TestUsers.VIEWER, "--lang", "vi", "payments", "show", started.group(1), "--follow").out().strip())
                .endsWith("Đối soát thanh toán " + started.group(1) + " ngày " + day + " hoàn thành: 0 dòng PayGov, "
                        + "0 dòng của tỉnh; 0 khớp, 0 tỉnh chưa ghi nhận (đã gửi xác nhận bù), 0 sai số tiền, 0 đã thu "
                        + "không qua PayGov, 0 sai mã xác thực, 0 hoàn tiền chưa cập nhật, 0 lệch trạng thái.");
        assertThat(cli(TestUsers.VIEWER, "payments", "runs").out()).containsPattern("(?m)^" + started.group(1) + " +" + day);
        assertThat(cli(TestUsers.VIEWER, "--lang", "en", "payments", "findings", started.group(1)).out()).contains("0 of 0 (page 0)");
        assertThat(cli(TestUsers.VIEWER, "--lang", "vi", "payments", "findings", started.group(1)).out()).contains("0 trên 0 (trang 0)");
        assertThat(cli(TestUsers.VIEWER, "payments", "findings", started.group(1), "--csv").out()).startsWith("id,kind,paymentRef");
    }

    @Test
    void shouldEndFollowingACancelledJobWithExitCode1() {
        List<String> codes = invalidDossiers(3).stream().map(Expectation::code).toList();
        await().atMost(GENEROUS).until(() -> openFailures(codes).size() == codes.size());
        String from = openFailures(codes).get(0).toInstant().toString();
        Matcher started = Pattern.compile("Started replay job (\\d+)")
                .matcher(cli(TestUsers.OPERATOR, "--lang", "en", "replay", "--from", from, "--rate", "1", "--execute").out());
        assertThat(started.find()).isTrue();
        Run cancel = cli(TestUsers.OPERATOR, "jobs", "cancel", started.group(1));

        Run follow = cli(TestUsers.VIEWER, "--lang", "en", "jobs", "show", started.group(1), "--follow", "--interval", "0.2");

        assertThat(cancel.out()).as("cancelled while running").containsPattern("(?m)^" + started.group(1) + " +cancelled ");
        assertThat(follow.exit()).as(follow.out() + follow.err()).isEqualTo(LienThongCli.JOB_FAILED);
        assertThat(follow.out()).contains("Replay job " + started.group(1) + " cancelled: ").contains("left as they were");
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
        Run verify = cli(TestUsers.VIEWER, "--lang", "en", "audit", "verify", "--head", head);

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
        return invalidDossiers(1).get(0);
    }

    /** At least that many new dossiers (with a code) that the gateway must reject. */
    private List<Expectation> invalidDossiers(int count) {
        List<Expectation> broken = new ArrayList<>();
        for (int round = 0; round < 200 && broken.size() < count; round++) {
            Set<String> keys = new HashSet<>(province.generate(50));
            province.expectations().stream().filter(e -> keys.contains(e.key()))
                    .filter(e -> !e.mustAccept() && e.code() != null).forEach(broken::add);
        }
        if (broken.size() < count) {
            throw new IllegalStateException("the simulator made fewer than " + count + " dossiers the gateway must reject");
        }
        return broken;
    }

    /** When those of these dossiers that hold an open failure last failed, earliest first (one per dossier). */
    private List<Timestamp> openFailures(List<String> codes) {
        return jdbc.queryForList("select min(last_failed_at) from failed_sync where status = 'open' and code = any(?::text[])"
                + " group by code order by 1", Timestamp.class, (Object) codes.toArray(String[]::new));
    }

    private int delivered(List<String> codes) {
        return jdbc.queryForObject("select count(*) from sync_ledger where code = any(?::text[])", Integer.class,
                (Object) codes.toArray(String[]::new));
    }

    /** The line of a table that names this dossier. */
    private static String lineOf(Run run, String code) {
        return run.out().lines().filter(l -> l.contains(code)).findFirst().orElseThrow(() -> new AssertionError(run.out()));
    }

    /** A cell as the CLI's table prints it: at most 60 characters. */
    private static String cell(String text) {
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    private Map<String, Object> failureOf(String code) {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, stage, last_failed_at, reason, reason_code,"
                + " reason_args::text as args from failed_sync where code = ? order by id", code);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
