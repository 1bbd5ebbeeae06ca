package io.chargeway.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OccupancyRuleTest {

    private final OccupancyRule rule = new OccupancyRule(15, 50, 3000);

    @Test
    void chargesNothingWithinTheGracePeriod() {
        assertThat(rule.feeFen(Duration.ofMinutes(15))).isZero();
        assertThat(rule.feeFen(Duration.ZERO)).isZero();
    }

    @Test
    void chargesEveryStartedMinuteBeyondTheGracePeriod() {
        assertThat(rule.feeFen(Duration.ofMinutes(15).plusMillis(1))).isEqualTo(50);
        assertThat(rule.feeFen(Duration.ofMinutes(16))).isEqualTo(50);
        assertThat(rule.feeFen(Duration.ofMinutes(17).plusSeconds(10))).isEqualTo(150);
    }

    @Test
    void neverChargesMoreThanTheCap() {
        assertThat(rule.feeFen(Duration.ofMinutes(15 + 60))).isEqualTo(3000);
        assertThat(rule.feeFen(Duration.ofDays(30))).isEqualTo(3000);
    }

    @Test
    void aFreeRuleNeverCharges() {
        assertThat(OccupancyRule.FREE.feeFen(Duration.ofHours(5))).isZero();
    }
}
