package io.chargeway.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PeriodFeesTest {

    private static final TariffModel TOU = Tariffs.timeOfUse(0);

    @Test
    void eachPeriodIsPricedWithItsOwnRates() {
        // 1 kWh in each period: sharp 1.2 + 0.8, peak 1.0 + 0.6, flat 0.7 + 0.5, valley 0.3 + 0.4 yuan
        PeriodEnergy energy = new PeriodEnergy(10_000, 10_000, 10_000, 10_000);
        PeriodFees fees = PeriodFees.of(TOU, energy, TariffPricing.price(TOU, energy));

        assertThat(fees.electricityFen()).containsExactly(120L, 100L, 70L, 30L);
        assertThat(fees.serviceFen()).containsExactly(80L, 60L, 50L, 40L);
    }

    @Test
    void theFenLostToRoundingGoToThePeriodsWithTheLargestRemainders() {
        // exact electricity: sharp 1.44 fen, peak 1.2 fen, flat 0.84 fen, valley 0.36 fen = 3.84 -> 4 fen charged;
        // rounded down 1 + 1 + 0 + 0 = 2, the two missing fen go to flat (0.84) and sharp (0.44)
        PeriodEnergy energy = new PeriodEnergy(120, 120, 120, 120);
        PriceBreakdown charged = TariffPricing.price(TOU, energy);
        PeriodFees fees = PeriodFees.of(TOU, energy, charged);

        assertThat(charged.electricityFen()).isEqualTo(4);
        assertThat(fees.electricityFen()).containsExactly(2L, 1L, 1L, 0L);
        assertThat(fees.serviceFen().stream().mapToLong(Long::longValue).sum()).isEqualTo(charged.serviceFen());
    }

    @Test
    void aSessionInOnePeriodPutsEverythingThere() {
        PeriodEnergy energy = PeriodEnergy.of(RatePeriod.VALLEY, 123_456);
        PriceBreakdown charged = TariffPricing.price(TOU, energy);
        PeriodFees fees = PeriodFees.of(TOU, energy, charged);

        assertThat(fees.electricityFen(RatePeriod.VALLEY)).isEqualTo(charged.electricityFen());
        assertThat(fees.serviceFen(RatePeriod.VALLEY)).isEqualTo(charged.serviceFen());
        assertThat(fees.electricityFen(RatePeriod.SHARP) + fees.serviceFen(RatePeriod.PEAK)).isZero();
    }

    @Property
    void partsAddUpToTheChargedFeesAndStayWithinAFenOfTheExactAmount(@ForAll @LongRange(max = 2_000_000) long sharp,
            @ForAll @LongRange(max = 2_000_000) long peak, @ForAll @LongRange(max = 2_000_000) long flat,
            @ForAll @LongRange(max = 2_000_000) long valley, @ForAll @IntRange(max = 20) int loss) {
        TariffModel tariff = Tariffs.timeOfUse(loss);
        PeriodEnergy energy = new PeriodEnergy(sharp, peak, flat, valley);
        PriceBreakdown charged = TariffPricing.price(tariff, energy);
        PeriodFees fees = PeriodFees.of(tariff, energy, charged);

        assertThat(fees.electricityFen().stream().mapToLong(Long::longValue).sum()).isEqualTo(charged.electricityFen());
        assertThat(fees.serviceFen().stream().mapToLong(Long::longValue).sum()).isEqualTo(charged.serviceFen());
        for (RatePeriod p : RatePeriod.values()) {
            long exactNano = energy.get(p) * (100 + loss) * tariff.rate(p).electricityMilliFenPerKwh();
            assertThat(Math.abs(fees.electricityFen(p) * TariffPricing.NANO_FEN_PER_FEN - exactNano))
                    .isLessThan(TariffPricing.NANO_FEN_PER_FEN);
        }
    }
}
