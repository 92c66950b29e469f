package vn.lienthong.reconcile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final String CODE = "000.00.04.G18-251120-00012";

    @Test
    void shouldAgreeWhenTheNewestVersionWasDeliveredAndThePortalHoldsWhatWasSent() {
        assertThat(classify(province(3), ledger(3, "h"), portal("h"), null))
                .isEqualTo(Classifier.Result.of(FindingKind.AGREEMENT));
    }

    @Test
    void shouldBeBehindWhenTheProvinceHasANewerVersionThanTheLedgerDelivered() {
        assertThat(classify(province(4), ledger(3, "h"), portal("h"), null).kind()).isEqualTo(FindingKind.BEHIND);
        assertThat(classify(province(4), ledger(3, "h"), null, null).kind()).isEqualTo(FindingKind.BEHIND);
        assertThat(classify(province(1), null, portal("h"), null).kind()).isEqualTo(FindingKind.BEHIND);
    }

    @Test
    void shouldDifferWhenThePortalsHashIsNotTheHashOfWhatWasSent() {
        assertThat(classify(province(3), ledger(3, "sent"), portal("other"), null).kind()).isEqualTo(FindingKind.DIFFERS);
    }

    @Test
    void shouldConfirmAtThePortalBeforeCallingADossierMissing() {
        assertThat(classify(province(3), ledger(3, "h"), null, null))
                .isEqualTo(new Classifier.Result(Classifier.Verdict.CONFIRM_AT_PORTAL, FindingKind.MISSING));
        assertThat(classify(province(1), null, null, null).verdict()).isEqualTo(Classifier.Verdict.CONFIRM_AT_PORTAL);
    }

    @Test
    void shouldConfirmAtTheProvinceBeforeCallingADossierUnknown() {
        assertThat(classify(null, ledger(3, "h"), portal("h"), null).verdict())
                .isEqualTo(Classifier.Verdict.CONFIRM_AT_PROVINCE);
    }

    @Test
    void shouldReportAPermanentFailureOfTheProvincesVersionAsFailed() {
        Entries.Failure failure = new Entries.Failure(CODE, 3, "invalid");
        assertThat(classify(province(3), null, null, failure).kind()).isEqualTo(FindingKind.FAILED);
        // a newer version than the one that failed is just not delivered yet
        assertThat(classify(province(4), ledger(2, "h"), portal("h"), failure).kind()).isEqualTo(FindingKind.BEHIND);
    }

    private static Classifier.Result classify(Entries.Provincial p, Entries.Ledger l, Entries.Portal q, Entries.Failure f) {
        return Classifier.classify(new Comparison(CODE, p, l, q, f));
    }

    private static Entries.Provincial province(long version) {
        return new Entries.Provincial(CODE, version, "2026-11-20T09:41:12.345+07:00");
    }

    private static Entries.Ledger ledger(long version, String hash) {
        return new Entries.Ledger(CODE, version, hash);
    }

    private static Entries.Portal portal(String hash) {
        return new Entries.Portal(CODE, hash, "20261120094112");
    }
}
