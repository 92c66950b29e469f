package vn.lienthong.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.Reason;

/** A failed reconciliation run keeps its English text, and the code that says it in either language. */
class RunReasonsTest {

    @Test
    void shouldSayASystemRefusingOurConfigurationWithThatRefusalsOwnCode() {
        ConfigurationFailure refused = new ConfigurationFailure("provincial", ConfigurationReasons.CREDENTIALS_REFUSED,
                "client credentials refused");

        Reason reason = RunReasons.of(new IllegalStateException("page failed", refused));

        assertThat(reason.code()).isEqualTo("config.credentials-refused");
        assertThat(reason.args()).containsEntry("system", "provincial");
        assertThat(reason.text()).isEqualTo("IllegalStateException: page failed");
    }

    @Test
    void shouldSayAnyOtherErrorAsPermanentWithItsText() {
        Reason reason = RunReasons.of(new IllegalArgumentException("bad listing"));

        assertThat(reason.code()).isEqualTo("reconcile.run-permanent");
        assertThat(reason.args()).containsEntry("error", "IllegalArgumentException: bad listing");
    }
}
