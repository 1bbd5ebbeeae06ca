package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.pricing.PeriodEnergy;
import io.chargeway.core.pricing.Tariffs;
import org.junit.jupiter.api.Test;

class ProgressStepTest {

    private static final TariffModel TOU = Tariffs.timeOfUse(0);
    private static final Instant T0 = Instant.parse("2026-03-01T15:40:00Z"); // 23:40 Beijing, flat

    @Test
    void pricesEnergyBetweenSamplesInTheSlotsItWasDeliveredIn() {
        LiveLimits limits = new LiveLimits(ChargeMode.FULL, 0, 100_000, TOU);

        ProgressStep first = ProgressStep.advance(limits, LiveState.startingAt(T0), 200_000, T0.plusSeconds(1200), 20);
        ProgressStep second = ProgressStep.advance(limits, first.state(), 400_000, T0.plusSeconds(2400), 40);

        assertThat(second.state().periods()).isEqualTo(new PeriodEnergy(0, 0, 200_000, 200_000));
        assertThat(second.amountFen()).isEqualTo(3800);
        assertThat(second.stop()).isNull();
    }

    @Test
    void anOlderOrLowerSampleChangesNothing() {
        LiveLimits limits = new LiveLimits(ChargeMode.FULL, 0, 100_000, TOU);
        ProgressStep first = ProgressStep.advance(limits, LiveState.startingAt(T0), 200_000, T0.plusSeconds(1200), 20);

        ProgressStep stale = ProgressStep.advance(limits, first.state(), 100_000, T0.plusSeconds(1300), 21);

        assertThat(stale.state()).isEqualTo(first.state());
        assertThat(stale.amountFen()).isEqualTo(first.amountFen());
    }

    @Test
    void stopsWhenTheModesLimitIsReached() {
        assertThat(step(ChargeMode.AMOUNT, 2400, 100_000).stop()).isEqualTo(StopCause.LIMIT_REACHED);
        assertThat(step(ChargeMode.AMOUNT, 2401, 100_000).stop()).isNull();
        assertThat(step(ChargeMode.ENERGY, 200_000, 100_000).stop()).isEqualTo(StopCause.LIMIT_REACHED);
        assertThat(step(ChargeMode.TIME, 20, 100_000).stop()).isEqualTo(StopCause.LIMIT_REACHED);
        assertThat(step(ChargeMode.TIME, 21, 100_000).stop()).isNull();
    }

    @Test
    void stopsWhenTheAmountReachesTheHold() {
        assertThat(step(ChargeMode.FULL, 0, 2400).stop()).isEqualTo(StopCause.BALANCE_EXHAUSTED);
        assertThat(step(ChargeMode.FULL, 0, 2401).stop()).isNull();
    }

    /** 20 kWh flat in 20 minutes: 2400 fen. */
    private static ProgressStep step(ChargeMode mode, long limit, long hold) {
        return ProgressStep.advance(new LiveLimits(mode, limit, hold, TOU), LiveState.startingAt(T0), 200_000,
                T0.plusSeconds(1200), 20);
    }
}
