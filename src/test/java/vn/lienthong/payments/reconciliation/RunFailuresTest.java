package vn.lienthong.payments.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.Reason;
import vn.lienthong.platform.TransientFailure;

/** A payment reconciliation that could not finish keeps its English text as before, and a code to say it by. */
class RunFailuresTest {

    @Test
    void shouldKeepAConfigurationFailuresOwnCodeUnderTheRunsEnglishText() {
        ConfigurationFailure cause = new ConfigurationFailure("paygov", ConfigurationReasons.NO_SHARED_SECRET,
                "no shared secret configured");

        Reason reason = RunFailures.of(new IllegalStateException("wrapped", cause));

        assertThat(reason.code()).isEqualTo("config.no-shared-secret");
        assertThat(reason.args()).containsEntry("system", "paygov");
        assertThat(reason.text()).isEqualTo("IllegalStateException: wrapped");
    }

    @Test
    void shouldNameTheSystemThatDidNotAnswer() {
        Reason reason = RunFailures.of(new TransientFailure("paygov", "no answer (Connection refused)"));

        assertThat(reason.code()).isEqualTo("payment-run.unavailable");
        assertThat(reason.args()).containsEntry("system", "paygov")
                .containsEntry("error", "paygov: no answer (Connection refused)");
        assertThat(reason.text()).isEqualTo("TransientFailure: paygov: no answer (Connection refused)");
    }

    @Test
    void shouldSayAnUnforeseenFailureWithItsMessage() {
        assertThat(RunFailures.of(new IllegalArgumentException("bad day")).code()).isEqualTo("payment-run.failed");
        assertThat(RunFailures.of(null).text()).isEqualTo("unknown");
    }
}
