package io.chargeway.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TariffPricingTest {

    private static final TariffModel TOU = Tariffs.timeOfUse(0);

    @Test
    void roundsTheTotalOnceAndGivesTheRoundingRestToTheServiceFee() {
        PriceBreakdown price = TariffPricing.price(Tariffs.standard(), PeriodEnergy.of(RatePeriod.FLAT, 123_456));

        // 12.3456 kWh: electricity 1234.56 fen, service 493.824 fen, exact total 1728.384 fen
        assertThat(price.totalFen()).isEqualTo(1728);
        assertThat(price.electricityFen()).isEqualTo(1235);
        assertThat(price.serviceFen()).isEqualTo(493);
    }

    @Test
    void agreesWithThePileAmountInTenThousandthsOfAYuan() {
        // the pile reports 12.3456 kWh * 1.40000 yuan = 17.28384 yuan as 172838 (0.0001 yuan)
        assertThat(TariffPricing.centiFenToFen(172_838)).isEqualTo(1728);
        assertThat(TariffPricing.centiFenToFen(172_850)).isEqualTo(1729);
        assertThat(TariffPricing.centiFenToFen(172_849)).isEqualTo(1728);
    }

    @Test
    void roundsHalfAFenUp() {
        TariffModel onePerKwh = new TariffModel(1, List.of(new Rate(100_000, 0), new Rate(100_000, 0),
                new Rate(100_000, 0), new Rate(100_000, 0)), 0, Tariffs.standard().slots());

        assertThat(TariffPricing.price(onePerKwh, PeriodEnergy.of(RatePeriod.FLAT, 49)).totalFen()).isZero();
        assertThat(TariffPricing.price(onePerKwh, PeriodEnergy.of(RatePeriod.FLAT, 50)).totalFen()).isEqualTo(1);
        assertThat(TariffPricing.price(onePerKwh, PeriodEnergy.of(RatePeriod.FLAT, 149)).totalFen()).isEqualTo(1);
        assertThat(TariffPricing.price(onePerKwh, PeriodEnergy.of(RatePeriod.FLAT, 150)).totalFen()).isEqualTo(2);
    }

    @Test
    void pricesEachPeriodWithItsOwnRates() {
        // 1 kWh in each period: 2.00 + 1.60 + 1.20 + 0.70 yuan
        PeriodEnergy oneKwhEach = new PeriodEnergy(10_000, 10_000, 10_000, 10_000);

        PriceBreakdown price = TariffPricing.price(TOU, oneKwhEach);

        assertThat(price.totalFen()).isEqualTo(550);
        assertThat(price.electricityFen()).isEqualTo(120 + 100 + 70 + 30);
        assertThat(price.serviceFen()).isEqualTo(80 + 60 + 50 + 40);
    }

    @Test
    void addsTheLossRatioToTheEnergy() {
        // 10 kWh flat with 5 % loss: 10.5 kWh * 1.20 yuan = 12.60 yuan
        PriceBreakdown price = TariffPricing.price(Tariffs.timeOfUse(5), PeriodEnergy.of(RatePeriod.FLAT, 100_000));

        assertThat(price.totalFen()).isEqualTo(1260);
        assertThat(price.electricityFen()).isEqualTo(735);
    }

    @Test
    void pricesASessionAcrossMidnightWithTheRatesOfBothDays() {
        // 23:40 to 00:20 Beijing time (15:40-16:20 UTC), 40 kWh at constant power:
        // 20 kWh in slot 47 (flat) and 20 kWh in slot 0 (valley)
        PeriodEnergy energy = EnergySplitter.split(TOU, Instant.parse("2026-03-01T15:40:00Z"),
                Instant.parse("2026-03-01T16:20:00Z"), 400_000);

        assertThat(energy).isEqualTo(new PeriodEnergy(0, 0, 200_000, 200_000));
        PriceBreakdown price = TariffPricing.price(TOU, energy);
        assertThat(price.totalFen()).isEqualTo(2400 + 1400);
        assertThat(price.electricityFen()).isEqualTo(1400 + 600);
        assertThat(price.serviceFen()).isEqualTo(1000 + 800);
    }

    @Test
    void pricesASessionAcrossASlotBoundaryToTheFen() {
        // 09:47 to 10:13 Beijing time, 1.2345 kWh: 13 min flat, 13 min peak; the odd unit goes to
        // the earlier slot -> flat 6173, peak 6172 (0.0001 kWh)
        PeriodEnergy energy = EnergySplitter.split(TOU, Instant.parse("2026-03-02T01:47:00Z"),
                Instant.parse("2026-03-02T02:13:00Z"), 12_345);

        assertThat(energy).isEqualTo(new PeriodEnergy(0, 6172, 6173, 0));
        PriceBreakdown price = TariffPricing.price(TOU, energy);
        // flat 6173 * 1.2 = 74.076 fen, peak 6172 * 1.6 = 98.752 fen -> 172.828 -> 173
        assertThat(price.totalFen()).isEqualTo(173);
        // electricity 43.211 + 61.72 = 104.931 -> 105
        assertThat(price.electricityFen()).isEqualTo(105);
        assertThat(price.serviceFen()).isEqualTo(68);
    }

    @Test
    void refusesAmountsThatDoNotFitALong() {
        TariffModel extreme = new TariffModel(1, List.of(new Rate(0xFFFF_FFFFL, 0), new Rate(0xFFFF_FFFFL, 0),
                new Rate(0xFFFF_FFFFL, 0), new Rate(0xFFFF_FFFFL, 0)), 255, Tariffs.standard().slots());

        assertThatThrownBy(() -> TariffPricing.price(extreme, PeriodEnergy.of(RatePeriod.FLAT, 0xFFFF_FFFFL)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Property
    void totalIsWithinHalfAFenOfTheExactPrice(@ForAll @LongRange(max = 20_000_000) long sharp,
                                               @ForAll @LongRange(max = 20_000_000) long peak,
                                               @ForAll @LongRange(max = 20_000_000) long flat,
                                               @ForAll @LongRange(max = 20_000_000) long valley) {
        PriceBreakdown price = TariffPricing.price(TOU, new PeriodEnergy(sharp, peak, flat, valley));

        long exactNanoFen = (sharp * 200_000 + peak * 160_000 + flat * 120_000 + valley * 70_000) * 100;
        long diff = Math.abs(price.totalFen() * TariffPricing.NANO_FEN_PER_FEN - exactNanoFen);
        assertThat(diff * 2).isLessThanOrEqualTo(TariffPricing.NANO_FEN_PER_FEN);
        assertThat(price.serviceFen()).isNotNegative();
    }
}
