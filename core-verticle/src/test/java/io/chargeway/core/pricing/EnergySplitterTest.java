package io.chargeway.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.chargeway.contract.pile.TariffModel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class EnergySplitterTest {

    private static final TariffModel TOU = Tariffs.timeOfUse(0);

    @Test
    void putsEnergyInsideOneSlotIntoThatSlotsPeriod() {
        // 18:00-18:20 Beijing is sharp
        PeriodEnergy energy = EnergySplitter.split(TOU, Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T10:20:00Z"), 5_000);

        assertThat(energy).isEqualTo(new PeriodEnergy(5_000, 0, 0, 0));
    }

    @Test
    void givesTheSpareUnitToTheLargestRemainderAcrossMidnight() {
        // 3 units, 23:45-00:20: 15 min flat (rem 10/35), 20 min valley (rem 25/35)
        PeriodEnergy energy = EnergySplitter.split(TOU, Instant.parse("2026-03-01T15:45:00Z"),
                Instant.parse("2026-03-01T16:20:00Z"), 3);

        assertThat(energy).isEqualTo(new PeriodEnergy(0, 0, 1, 2));
    }

    @Test
    void spreadsALongSessionOverEverySlotItTouches() {
        // 16:30 to 19:30 Beijing at constant power, 3 kWh: 30 min peak, 2 h sharp, 30 min peak
        PeriodEnergy energy = EnergySplitter.split(TOU, Instant.parse("2026-03-02T08:30:00Z"),
                Instant.parse("2026-03-02T11:30:00Z"), 30_000);

        assertThat(energy).isEqualTo(new PeriodEnergy(20_000, 10_000, 0, 0));
    }

    @Test
    void putsEnergyOfAnEmptyIntervalInTheSlotOfItsStart() {
        Instant at = Instant.parse("2026-03-02T00:00:00Z"); // 08:00 Beijing: flat

        assertThat(EnergySplitter.split(TOU, at, at, 42)).isEqualTo(new PeriodEnergy(0, 0, 42, 0));
    }

    @Test
    void refusesAnIntervalThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> EnergySplitter.split(TOU, Instant.parse("2026-03-02T01:00:00Z"),
                Instant.parse("2026-03-02T00:00:00Z"), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void sharesAlwaysAddUpToTheEnergy(@ForAll @LongRange(max = 4_294_967_295L) long energy,
                                      @ForAll @IntRange(max = 2_000_000) int startSecond,
                                      @ForAll @IntRange(max = 200_000) int seconds) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(startSecond);

        PeriodEnergy split = EnergySplitter.split(TOU, from, from.plusSeconds(seconds), energy);

        assertThat(split.totalDeciWh()).isEqualTo(energy);
    }

    @Test
    void mapsInstantsToBeijingHalfHourSlots() {
        assertThat(TariffClock.slotOf(Instant.parse("2026-03-01T16:00:00Z"))).isZero();
        assertThat(TariffClock.slotOf(Instant.parse("2026-03-01T15:59:59Z"))).isEqualTo(47);
        assertThat(TariffClock.slotOf(Instant.parse("2026-03-02T01:30:00Z"))).isEqualTo(19);
        assertThat(TariffClock.nextSlotStart(Instant.parse("2026-03-01T15:45:10Z")))
                .isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
    }
}
