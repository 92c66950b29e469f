package vn.lienthong.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.lienthong.GatewayIntegrationTest;
import vn.lienthong.SimulatorControl;
import vn.lienthong.TestUsers;
import vn.lienthong.console.internal.ConsoleWebConfig;
import vn.lienthong.ops.OpsFixtures;
import vn.lienthong.failures.FailedSyncStore;
import vn.lienthong.failures.FlowFailure;
import vn.lienthong.payments.reconciliation.ReconciliationJob;
import vn.lienthong.payments.reconciliation.ReconciliationRuns;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.Reason;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/**
 * The console in a real browser (Debian's headless Chromium) against the whole gateway: an operator logs in,
 * watches the overview follow a portal outage and its recovery without reloading, finds a failed dossier,
 * pauses the province's intake from the console, replays the failure in bulk after a dry run, and sees the
 * dossier delivered. Screenshots of the main pages are saved on the way, to target/screenshots
 * (-Dconsole.screenshots=docs/screenshots refreshes the ones the README and docs/operations.md show).
 */
class ConsoleBrowserIT extends GatewayIntegrationTest {

    private final ProvincialSimulator province = simulator(ProvincialSimulator.class);

    private final SimulatorControl simulators = SIMULATORS.control();

    @Autowired
    private FailedSyncStore failures;

    @Autowired
    private ReconciliationRuns paymentRuns;

    @AfterEach
    void heal() {
        simulators.noFaults("dvcqg");
        http.post().uri("/api/systems/provincial/resume?what=intake").retrieve().toBodilessEntity();
    }

    @Test
    void shouldShowAnOutageAndItsRecoveryThenReplayAFailedDossierUntilItIsDelivered() throws Exception {
        try (Browser browser = Browser.open(PORT)) {
            browser.logIn(TestUsers.OPERATOR, TestUsers.password(TestUsers.OPERATOR));
            assertThat(browser.text(By.cssSelector("header.top nav"))).contains("Tổng quan").contains("Lỗi đồng bộ");

            watchAnOutageAndItsRecovery(browser);
            replayAFailedDossier(browser);

            browser.go("/console/audit");
            assertThat(browser.text(By.id("audit"))).contains("POST /console/systems/provincial/pause")
                    .contains("POST /console/replays").contains(TestUsers.OPERATOR);
            browser.click(By.id("audit-verify"));
            assertThat(browser.hasClass(By.id("audit-verification"), "ok")).isTrue();
            browser.screenshot("audit");
            for (String page : List.of("payments", "replays")) {
                browser.go("/console/" + page);
                browser.screenshot(page);
            }
        }
    }

    @Test
    void shouldStartAReconciliationAndFollowItToItsEnd() throws Exception {
        OpsFixtures fixtures = new OpsFixtures(province, jdbc);
        Expectation broken = fixtures.invalid(1).get(0);
        await().atMost(Browser.GENEROUS).until(() -> fixtures.failureId(broken.code(), 1), id -> id != null);
        try (Browser browser = Browser.open(PORT)) {
            browser.logIn(TestUsers.OPERATOR, TestUsers.password(TestUsers.OPERATOR));
            browser.go("/console/reconciliations");
            // since yesterday: a run just after midnight (+07:00) still covers the dossier that failed
            browser.type(By.name("days"), "1");
            browser.click(By.id("start-reconciliation-submit"));
            // the run's page follows it live until it has compared everything, then shows what it found
            // (a dossier failed today: the run must list at least that one)
            browser.until(d -> "hoàn thành".equals(browser.text(By.id("run-status")))
                    && d.findElements(By.id("no-findings")).isEmpty());
            assertThat(browser.text(By.id("run-summary"))).contains("hồ sơ đã so sánh").doesNotContain("dossiers compared");
            assertThat(browser.driver.findElements(By.cssSelector("#findings tbody tr"))).isNotEmpty();
            browser.screenshot("reconciliation");
            String runPage = browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            browser.go("/console/reconciliations");
            browser.screenshot("reconciliations");

            Long failureId = fixtures.failureId(broken.code(), 1);
            shouldSayTheFailureAndTheRunInVietnameseAndInEnglishOnRequest(browser, failureId, runPage);
        }
    }

    /** The failure's reason and the run's summary in the page's language; a Vietnamese page holds no English sentence. */
    private void shouldSayTheFailureAndTheRunInVietnameseAndInEnglishOnRequest(Browser browser, long failureId, String runPage) {
        Map<String, Object> stored = jdbc.queryForMap(
                "select reason, reason_code, reason_args::text as args from failed_sync where id = ?", failureId);
        String english = (String) stored.get("reason");
        assertThat(stored.get("reason_code")).as("a dossier the reader rejects is stored with its code").isNotNull();
        Object[] args = Reason.argsOf((String) stored.get("args")).values().toArray();
        ResourceBundleMessageSource messages = ReasonMessagesTest.messages();
        String vietnamese = messages.getMessage("reason." + stored.get("reason_code"), args, ConsoleWebConfig.VIETNAMESE);

        browser.go("/console/failures/" + failureId);
        assertThat(browser.text(By.id("failure-reason"))).isEqualTo(vietnamese).isNotEqualTo(english);
        List<String> englishSentences = englishSentences();
        englishSentences.add(english);
        for (String page : List.of("/console", "/console/failures", "/console/failures/" + failureId, runPage,
                "/console/reconciliations")) {
            browser.go(page);
            String text = browser.text(By.tagName("main"));
            assertThat(englishSentences).as("English on the Vietnamese page %s", page).noneMatch(text::contains);
        }

        browser.go("/console/failures/" + failureId + "?lang=en");
        assertThat(browser.text(By.id("failure-reason")))
                .isEqualTo(messages.getMessage("reason." + stored.get("reason_code"), args, Locale.ENGLISH));
        browser.go(runPage);
        assertThat(browser.text(By.id("run-summary"))).contains("dossiers compared").contains("in agreement");
        browser.go("/console?lang=vi");
    }

    /**
     * The English messages' fixed words (between arguments) that make a phrase: none may show on a Vietnamese page.
     * Wire names both languages keep (HoSo, MaTTHC, error_code) are single words, so they are not phrases.
     */
    private static List<String> englishSentences() {
        try (var in = ConsoleBrowserIT.class.getResourceAsStream("/i18n/console_en.properties");
             var vi = ConsoleBrowserIT.class.getResourceAsStream("/i18n/console.properties")) {
            Properties en = new Properties();
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            Properties viet = new Properties();
            viet.load(new java.io.InputStreamReader(vi, java.nio.charset.StandardCharsets.UTF_8));
            List<String> phrases = new ArrayList<>();
            for (String key : en.stringPropertyNames()) {
                for (String part : en.getProperty(key).replace("''", "'").split("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}")) {
                    String phrase = part.strip();
                    if (phrase.length() >= 12 && phrase.contains(" ") && !viet.getProperty(key).contains(phrase)) {
                        phrases.add(phrase);
                    }
                }
            }
            return phrases;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What else the gateway stores as a code with its English: a look-up refused for the gateway's configuration
     * (and the dossier's story line it writes), a reconciliation finding's detail, a payment reconciliation that
     * could not finish and a payment finding's action. Each is said in Vietnamese, and in English with ?lang=en;
     * a row stored before codes shows its English text.
     */
    @Test
    void shouldSayConfigurationFailuresStoryLinesFindingsAndPaymentReasonsInThePagesLanguage() throws Exception {
        String code = "000.00.00.H01-991231-" + (10_000 + new java.util.Random().nextInt(89_999));
        ConfigurationFailure refused = new ConfigurationFailure("land", ConfigurationReasons.AUTHENTICATION_REFUSED,
                "authentication refused (HTTP 401, AUTH bad signature)", 401, "AUTH bad signature");
        failures.recordFlowFailures(List.of(new FlowFailure("land", "verification", "land-lookup", "lookup-refused",
                refused.reason(), code, 1, null, "{}")));
        long failureId = jdbc.queryForObject("select id from failed_sync where code = ?", Long.class, code);

        long run = jdbc.queryForObject("insert into reconciliation_run (trigger, units, period_from, period_to, dry_run,"
                + " status, finished_at) values ('api', '{}', now() - interval '1 day', now(), true, 'completed', now())"
                + " returning id", Long.class);
        jdbc.update("insert into reconciliation_finding (run_id, code, unit_code, kind, repair, detail, detail_code)"
                + " values (?, ?, '000.00.00.H01', 'missing', 'dry-run', 'TraCuuHoSo: not found', 'reconcile.not-at-portal')",
                run, code);
        jdbc.update("insert into reconciliation_finding (run_id, code, unit_code, kind, repair, detail)"
                + " values (?, ?, '000.00.00.H01', 'unknown', 'none', 'an older row without a code')", run, code + "9");

        ReconciliationJob job = paymentRuns.start(java.time.LocalDate.now().minusDays(900), "operator");
        Exchange failed = new DefaultExchange(camel);
        failed.getIn().setBody(job);
        failed.setProperty(Exchange.EXCEPTION_CAUGHT, new ConfigurationFailure("paygov",
                ConfigurationReasons.NO_SHARED_SECRET, "no shared secret configured"));
        paymentRuns.fail(failed);
        jdbc.update("insert into payment_reconciliation_finding (reconciliation_id, kind, payment_ref, action, action_code)"
                + " values (?, 'unpaid-at-province', 'REF-CODES-1', 'confirmation queued', 'payment-action.confirmation-queued')",
                job.id());

        ResourceBundleMessageSource messages = ReasonMessagesTest.messages();
        try (Browser browser = Browser.open(PORT)) {
            browser.logIn(TestUsers.OPERATOR, TestUsers.password(TestUsers.OPERATOR));
            String runPage = "/console/reconciliations/" + run;
            String paymentPage = "/console/payments/" + job.id();
            String storyPage = "/console/dossiers?code=" + code;

            browser.go("/console/failures/" + failureId);
            assertThat(browser.text(By.id("failure-reason"))).startsWith("land: xác thực bị từ chối (HTTP 401, AUTH bad signature)");
            browser.go(storyPage);
            assertThat(browser.text(By.cssSelector("#story li[data-kind=failed]")))
                    .contains("land-lookup lookup-refused: land: xác thực bị từ chối (HTTP 401");
            browser.go(runPage);
            assertThat(browser.text(By.id("findings"))).contains("TraCuuHoSo: Cổng DVCQG không có hồ sơ này")
                    .contains("an older row without a code");
            browser.go(paymentPage);
            assertThat(browser.text(By.id("payment-run-reason")))
                    .isEqualTo(messages.getMessage("reason.config.no-shared-secret", new Object[] {"paygov"}, ConsoleWebConfig.VIETNAMESE));
            assertThat(browser.text(By.id("payment-findings"))).contains("đã đưa xác nhận thanh toán vào hàng đợi");
            List<String> englishSentences = englishSentences();
            englishSentences.addAll(List.of(refused.getMessage(), "TraCuuHoSo: not found", "no shared secret configured",
                    "confirmation queued"));
            for (String page : List.of("/console/failures/" + failureId, storyPage, runPage, paymentPage, "/console/payments")) {
                browser.go(page);
                String text = browser.text(By.tagName("main"));
                assertThat(englishSentences).as("English on the Vietnamese page %s", page).noneMatch(text::contains);
            }

            browser.go("/console/failures/" + failureId + "?lang=en");
            assertThat(browser.text(By.id("failure-reason"))).startsWith("land: authentication refused (HTTP 401, AUTH bad signature)");
            browser.go(storyPage);
            assertThat(browser.text(By.cssSelector("#story li[data-kind=failed]")))
                    .contains("land-lookup lookup-refused: land: authentication refused (HTTP 401");
            browser.go(runPage);
            assertThat(browser.text(By.id("findings"))).contains("TraCuuHoSo: not found");
            browser.go(paymentPage);
            assertThat(browser.text(By.id("payment-run-reason"))).startsWith("paygov: no shared secret configured");
            assertThat(browser.text(By.id("payment-findings"))).contains("confirmation queued");
            browser.go("/console?lang=vi");
        }
    }

    @Test
    void shouldSpeakEnglishOnRequestAndShowAViewerNoActions() throws Exception {
        try (Browser browser = Browser.open(PORT)) {
            browser.logIn(TestUsers.VIEWER, TestUsers.password(TestUsers.VIEWER));
            browser.go("/console?lang=en");
            assertThat(browser.text(By.cssSelector("header.top nav"))).contains("Overview").contains("Failed syncs");
            browser.go("/console/failures");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Failed syncs");
            assertThat(browser.driver.findElements(By.id("bulk-dry-run"))).as("a viewer cannot replay").isEmpty();
            browser.go("/console");
            assertThat(browser.driver.findElements(By.cssSelector("#systems form"))).as("a viewer cannot pause").isEmpty();
            browser.go("/console?lang=vi");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Tổng quan");
        }
    }

    private void watchAnOutageAndItsRecovery(Browser browser) {
        By portalCircuit = By.cssSelector("#system-dvcqg .circuit");
        By deliveryHealth = By.cssSelector("#flow-dvcqg-delivery .health");
        browser.go("/console");
        simulators.outage("dvcqg", 600);
        province.generate(100);
        // the overview refreshes itself: no reload from here on
        // the breaker goes open, half-open (a trial call fails), open again...: wait for a refresh that shows it open
        browser.until(d -> "đang ngắt".equals(browser.text(portalCircuit)) && browser.hasClass(deliveryHealth, "down"));
        browser.screenshot("overview-outage");

        simulators.noFaults("dvcqg");
        province.generate(20);
        browser.until(d -> "bình thường".equals(browser.text(portalCircuit)));
        assertThat(browser.hasClass(portalCircuit, "CLOSED")).isTrue();
        assertThat(browser.find(deliveryHealth).getAttribute("class")).doesNotContain("down");
        browser.go("/console");
        browser.find(By.cssSelector("#chart-throughput[data-drawn=true]"));
        browser.screenshot("overview");
    }

    private void replayAFailedDossier(Browser browser) {
        OpsFixtures fixtures = new OpsFixtures(province, jdbc);
        Expectation broken = fixtures.invalid(1).get(0);
        Long failureId = await().atMost(Browser.GENEROUS).until(() -> fixtures.failureId(broken.code(), 1), id -> id != null);

        browser.go("/console/dossiers");
        browser.type(By.id("dossier-code"), broken.code());
        browser.click(By.id("dossier-search"));
        browser.find(By.cssSelector("#story li[data-kind=failed]"));
        browser.screenshot("dossier-failed");
        browser.click(By.cssSelector("#dossier-failures a"));
        assertThat(browser.text(By.id("failure-status"))).isEqualTo("mới");
        assertThat(browser.text(By.id("failure-dossier"))).isEqualTo(broken.code());
        browser.screenshot("failure");

        // the province fixes the dossier; the feed must not bring the fix by itself: paused from the console
        browser.go("/console");
        browser.click(By.cssSelector("#system-provincial td:nth-child(5) button"));
        browser.until(d -> browser.hasClass(By.cssSelector("#system-provincial td:nth-child(5) .badge"), "paused"));
        simulators.fixDossier(broken.key());

        browser.go("/console/failures");
        browser.screenshot("failures");
        browser.type(By.name("code"), broken.code());
        browser.click(By.id("filter-submit"));
        assertThat(browser.text(By.id("failure-total"))).isEqualTo("1 lỗi");
        assertThat(browser.text(By.id("failures"))).contains(broken.code());

        browser.click(By.id("bulk-dry-run"));
        assertThat(browser.text(By.id("dry-run-count"))).isEqualTo("Sẽ gửi lại 1 lỗi.");
        assertThat(fixtures.failure(failureId).get("replays")).as("a dry run replays nothing").isEqualTo(0);
        browser.screenshot("replay-dry-run");
        browser.click(By.id("confirm-replay-submit"));
        browser.until(d -> browser.hasClass(By.id("job-state"), "done"));
        browser.screenshot("replay-job");

        browser.go("/console/dossiers?code=" + broken.code());
        browser.until(d -> {
            d.navigate().refresh();
            List<WebElement> events = d.findElements(By.cssSelector("#story li"));
            List<String> kinds = events.stream().map(e -> e.getAttribute("data-kind")).toList();
            int replayed = kinds.indexOf("replayed");
            return replayed >= 0 && kinds.subList(replayed, kinds.size()).contains("delivered");
        });
        browser.screenshot("dossier-story");
        await().atMost(Browser.GENEROUS).until(() -> "resolved".equals(fixtures.failure(failureId).get("status")));

        // what the replay did, in the page's language
        browser.go("/console/failures/" + failureId);
        assertThat(browser.text(By.id("attempts"))).contains("reread: đã xếp hàng phiên bản mới hơn: đã đọc lại tại nguồn");
        browser.go("/console/failures/" + failureId + "?lang=en");
        assertThat(browser.text(By.id("attempts"))).contains("reread: queued-newer-version: re-read at the source");
        browser.go("/console?lang=vi");
    }
}
