package vn.lienthong.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void shouldShowBarPercentCountsRateAndEtaOfARunningJob() {
        ProgressLine line = ProgressLine.of("replay job 7", "running", 453 / 1000.0, 453, "450/1000 done, 3 skipped", 12.3);

        assertThat(line.text()).isEqualTo(
                "replay job 7 running  [#########-----------]  45%  450/1000 done, 3 skipped, 12.3/s, ETA 44 s");
    }

    @Test
    void shouldLeaveRateAndEtaOutOfTheProgressThatChangesAreComparedOn() {
        ProgressLine early = ProgressLine.of("replay job 7", "running", 0.5, 500, "500/1000 done", 10.0);
        ProgressLine later = ProgressLine.of("replay job 7", "running", 0.5, 500, "500/1000 done", 8.0);

        assertThat(early.progress()).isEqualTo(later.progress())
                .isEqualTo("replay job 7 running  [##########----------]  50%  500/1000 done");
        assertThat(early.text()).isNotEqualTo(later.text());
    }

    @Test
    void shouldNotRoundAPercentUpToAStepNotReached() {
        assertThat(ProgressLine.of("j", "running", 0.29, 29, "", null).progress()).endsWith("]  29%");
        assertThat(ProgressLine.of("j", "running", 0.999, 999, "", null).progress())
                .isEqualTo("j running  [###################-]  99%");
    }

    @Test
    void shouldShowNoEtaWithoutARateOrBeforeAnythingWasDone() {
        assertThat(ProgressLine.of("j", "running", 0.5, 5, "5/10 done", null).text()).isEqualTo(
                "j running  [##########----------]  50%  5/10 done");
        assertThat(ProgressLine.of("j", "running", 0, 0, "0/10 done", 0.0).text()).isEqualTo(
                "j running  [--------------------]  0%  0/10 done, 0.0/s");
    }

    @Test
    void shouldEstimateTheRestFromTheFractionWhenTheTotalIsOnlyKnownAsAPercentage() {
        // a reconciliation: 4,500 compared at 45% and 100/s leaves about 5,500 for 55 s
        assertThat(ProgressLine.of("reconciliation 3", "running", 0.45, 4500, "4500 compared", 100.0).etaSeconds())
                .isEqualTo(55);
    }

    @Test
    void shouldDropRateAndEtaOnceTheJobEnded() {
        assertThat(ProgressLine.of("replay job 7", "done", 1, 1000, "1000/1000 done, 0 skipped", 50.0).text())
                .isEqualTo("replay job 7 done  [####################]  100%  1000/1000 done, 0 skipped");
    }

    @Test
    void shouldShowOnlyTheStateOfAJobWithoutCounts() {
        assertThat(ProgressLine.of("payment reconciliation 5 of 2025-11-03", "running", Double.NaN, 0, "", null).text())
                .isEqualTo("payment reconciliation 5 of 2025-11-03 running");
    }

    @Test
    void shouldWriteLongEtasInMinutesAndHours() {
        assertThat(ProgressLine.duration(59)).isEqualTo("59 s");
        assertThat(ProgressLine.duration(125)).isEqualTo("2 min 5 s");
        assertThat(ProgressLine.duration(2 * 3600 + 5 * 60 + 9)).isEqualTo("2 h 05 min");
    }
}
