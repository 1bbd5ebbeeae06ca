package io.chargeway.bench.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {

    @Test
    void aResultSurvivesItsJsonFileWithHistogramsAndFailures() {
        DriverResult result = driver("driver-1", 1_000, 1_000, 0, Map.of("COMMAND_TIMEOUT", 2L), edge(1_000, 0));
        result = new DriverResult(result.label(), result.piles(), result.rampMillis(), result.window(), result.reconnectsTotal(),
                result.loginFailures(), result.loginMicros(), result.commandMicros(), result.commandFailures(),
                Map.of("COMMAND_TIMEOUT", "no answer from pile 32010600019001 within 15 s"), result.edge());

        DriverResult back = DriverResult.fromJson(result.toJson());

        assertThat(back.window()).isEqualTo(result.window());
        assertThat(back.edge()).isEqualTo(result.edge());
        assertThat(back.commandFailures()).isEqualTo(Map.of("COMMAND_TIMEOUT", 2L));
        assertThat(back.failureSamples()).isEqualTo(result.failureSamples());
        assertThat(back.loginMicros().getTotalCount()).isEqualTo(1_000);
        assertThat(back.loginMicros().getValueAtPercentile(99)).isEqualTo(result.loginMicros().getValueAtPercentile(99));
        assertThat(back.commandMicros().getMaxValue()).isEqualTo(result.commandMicros().getMaxValue());
    }

    @Test
    void twoDriversAddUpAndMergeTheirHistograms() {
        BenchSummary summary = BenchSummary.of(List.of(driver("driver-1", 1_000, 1_000, 0, Map.of(), edge(2_000, 0)),
                driver("driver-2", 1_000, 1_000, 0, Map.of("PILE_OFFLINE", 1L), null))).withHeap(100_000, 116_000)
                .withLiveObjects(90_000, 105_000);

        assertThat(summary.piles()).isEqualTo(2_000);
        assertThat(summary.held()).isEqualTo(2_000);
        assertThat(summary.heapPerPileKb()).isEqualTo(8.0);
        assertThat(summary.passed()).isTrue();
        String text = summary.render();
        assertThat(text).contains("2 drivers").contains("2000 of 2000").contains("2000 logins").contains("PILE_OFFLINE=1")
                .contains("8.0 KB").contains("met").contains("live objects: 7.5 KB per pile").contains("edge disconnects 0").contains("PASS")
                .contains("all logged in 30.0 s after the first connect (67/s)").contains("edge <-> pile part: mean 1.5 ms, max 9.0 ms")
                .contains("the core's answer took 12.0 ms on average");
    }

    @Test
    void oneDroppedPileFailsTheRunEvenIfItCameBack() {
        DriverResult dropped = driver("driver-1", 1_000, 999, 1, Map.of(), null);

        BenchSummary summary = BenchSummary.of(List.of(dropped));

        assertThat(BenchSummary.passed(dropped)).isFalse();
        assertThat(summary.passed()).isFalse();
        assertThat(summary.render()).contains("FAIL").contains("1 pile reconnects in the window, fewest logged in 999 of 1000");
    }

    @Test
    void aDisconnectSeenOnlyByTheEdgeFailsTheRun() {
        assertThat(BenchSummary.passed(driver("driver-1", 1_000, 1_000, 0, Map.of(), edge(1_000, 1)))).isFalse();
    }

    private static DriverResult driver(String label, int piles, long fewest, long reconnects, Map<String, Long> failures,
                                       DriverResult.EdgeWindow edge) {
        Histogram logins = new Histogram(600_000_000L, 3);
        for (int i = 1; i <= piles; i++) {
            logins.recordValue(1_000L * i);
        }
        Histogram commands = new Histogram(300_000_000L, 3);
        commands.recordValue(5_000);
        commands.recordValue(15_000);
        DriverResult.Window window = new DriverResult.Window(60_000, piles, fewest, piles, reconnects, 0, 600_000, 580_000, 600, 598);
        return new DriverResult(label, piles, 30_000, window, reconnects, 0, logins, commands, failures, Map.of(), edge);
    }

    private static DriverResult.EdgeWindow edge(long loggedIn, long disconnects) {
        return new DriverResult.EdgeWindow(loggedIn, loggedIn, loggedIn, disconnects, 600_000, 580_000, 598, 1_500, 9_000, loggedIn,
                12_000);
    }
}
