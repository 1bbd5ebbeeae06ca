package io.chargeway.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(1_000, 60_000, 0.5);

    @Test
    void ceilingDoublesPerAttemptUntilTheMaximum() {
        assertThat(backoff.ceilingMillis(0)).isEqualTo(1_000);
        assertThat(backoff.ceilingMillis(1)).isEqualTo(2_000);
        assertThat(backoff.ceilingMillis(5)).isEqualTo(32_000);
        assertThat(backoff.ceilingMillis(6)).isEqualTo(60_000);
        assertThat(backoff.ceilingMillis(100)).isEqualTo(60_000);
        assertThat(backoff.ceilingMillis(Integer.MAX_VALUE)).isEqualTo(60_000);
    }

    @Test
    void delayStaysWithinTheJitterBandOfEachAttempt() {
        Random random = new Random(42);
        for (int attempt = 0; attempt < 12; attempt++) {
            long ceiling = backoff.ceilingMillis(attempt);
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayMillis(attempt, random)).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void jitterSpreadsAFleetThatDroppedAtOnce() {
        Random random = new Random(7);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 1_000; i++) {
            long d = backoff.delayMillis(3, random);
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertThat(max - min).isGreaterThan(3_000);
    }

    @Test
    void zeroJitterGivesTheExactSchedule() {
        Backoff exact = new Backoff(100, 1_000, 0);
        Random random = new Random(1);
        assertThat(exact.delayMillis(0, random)).isEqualTo(100);
        assertThat(exact.delayMillis(1, random)).isEqualTo(200);
        assertThat(exact.delayMillis(2, random)).isEqualTo(400);
        assertThat(exact.delayMillis(3, random)).isEqualTo(800);
        assertThat(exact.delayMillis(4, random)).isEqualTo(1_000);
    }

    @Test
    void rejectsABaseAboveTheMaximumOrJitterOutsideZeroToOne() {
        assertThatThrownBy(() -> new Backoff(2_000, 1_000, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(0, 1_000, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(100, 1_000, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
