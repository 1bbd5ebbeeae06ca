package io.chargeway.sim.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.Tier;
import io.chargeway.ykc.message.session.TierPrice;

class SessionMeterTest {

    private static final BillingModel DEMO = DemoTariff.MODEL;
    private static final LocalDateTime DAY = LocalDateTime.of(2025, 6, 1, 0, 0);

    @Test
    void energyWithinOneSlotGoesToThatSlotsTier() {
        SessionMeter meter = new SessionMeter(DEMO, DAY.withHour(8));
        meter.advanceTo(DAY.withHour(8).withMinute(15), 60_000);

        // 60 kW for 15 min = 15 kWh = 150,000 x 0.0001 kWh, all flat at 0.70 + 0.50 yuan/kWh
        assertThat(meter.energyDeciWh(Tier.FLAT)).isEqualTo(150_000);
        assertThat(meter.energyDeciWh()).isEqualTo(150_000);
        assertThat(meter.amountCentiFen(Tier.FLAT)).isEqualTo(180_000);
        assertThat(meter.amountCentiFen()).isEqualTo(180_000);
    }

    @Test
    void sessionCrossingAHalfHourIsSplitByTheTimeSpentInEachSlot() {
        SessionMeter meter = new SessionMeter(DEMO, DAY.withHour(11).withMinute(10));
        meter.advanceTo(DAY.withHour(11).withMinute(40), 60_000);

        // 11:10-11:30 peak (20 min = 20 kWh), 11:30-11:40 sharp (10 min = 10 kWh)
        assertThat(meter.energyDeciWh(Tier.PEAK)).isEqualTo(200_000);
        assertThat(meter.energyDeciWh(Tier.SHARP)).isEqualTo(100_000);
        assertThat(meter.amountCentiFen(Tier.PEAK)).isEqualTo(320_000);
        assertThat(meter.amountCentiFen(Tier.SHARP)).isEqualTo(200_000);
        assertThat(meter.amountCentiFen()).isEqualTo(520_000);
    }

    @Test
    void oneTickSpanningSeveralSlotsSplitsExactlyLikeManySmallTicks() {
        LocalDateTime start = DAY.withHour(9).withMinute(47).withSecond(13);
        SessionMeter big = new SessionMeter(DEMO, start);
        SessionMeter small = new SessionMeter(DEMO, start);
        big.advanceTo(start.plusMinutes(200), 7_000);
        for (int s = 1; s <= 200 * 60; s++) {
            small.advanceTo(start.plusSeconds(s), 7_000);
        }
        for (Tier tier : Tier.values()) {
            assertThat(small.energyDeciWh(tier)).as("%s", tier).isEqualTo(big.energyDeciWh(tier));
        }
        // 7 kW for 200 min = 23.3333 kWh: floor per tier loses at most 1 unit per tier
        assertThat(big.energyDeciWh()).isBetween(233_330L, 233_333L);
    }

    @Test
    void sessionOverMidnightUsesTheLastAndFirstSlotOfTheDay() {
        BillingModel model = model(0, slot -> slot == 47 ? Tier.PEAK : slot == 0 ? Tier.SHARP : Tier.FLAT);
        SessionMeter meter = new SessionMeter(model, DAY.withHour(23).withMinute(50));
        meter.advanceTo(DAY.plusDays(1).withMinute(5), 6_000);

        // 6 kW: 23:50-24:00 = 1 kWh peak, 00:00-00:05 = 0.5 kWh sharp
        assertThat(meter.energyDeciWh(Tier.PEAK)).isEqualTo(10_000);
        assertThat(meter.energyDeciWh(Tier.SHARP)).isEqualTo(5_000);
        assertThat(meter.energyDeciWh(Tier.FLAT)).isZero();
    }

    @Test
    void lossRatioRaisesTheLossAdjustedEnergyAndTheAmountButNotTheEnergy() {
        BillingModel model = model(10, slot -> Tier.FLAT);
        SessionMeter meter = new SessionMeter(model, DAY.withHour(12));
        meter.advanceTo(DAY.withHour(13), 10_000);

        assertThat(meter.energyDeciWh()).isEqualTo(100_000);
        assertThat(meter.lossEnergyDeciWh()).isEqualTo(110_000);
        // 11 kWh x 1.00000 yuan/kWh
        assertThat(meter.amountCentiFen()).isEqualTo(110_000);
    }

    @Test
    void amountIsRoundedHalfUpInTenThousandthsOfAYuan() {
        // 1 x 0.0001 kWh at 0.50000 yuan/kWh = 0.00005 yuan -> 0.5 units -> rounds up to 1
        BillingModel model = model(0, slot -> Tier.FLAT, new TierPrice(30_000, 20_000));
        SessionMeter meter = new SessionMeter(model, DAY);
        meter.advanceTo(DAY.plusNanos(360_000_000L), 1_000);

        assertThat(meter.energyDeciWh()).isEqualTo(1);
        assertThat(meter.amountCentiFen()).isEqualTo(1);
    }

    @Test
    void timeGoingBackwardsAddsNothing() {
        SessionMeter meter = new SessionMeter(DEMO, DAY.withHour(8));
        meter.advanceTo(DAY.withHour(9), 60_000);
        meter.advanceTo(DAY.withHour(8).withMinute(30), 60_000);

        assertThat(meter.energyDeciWh()).isEqualTo(600_000);
    }

    @Test
    void tierRecordsComeInWireOrderWithUnitPriceAndSumToTheTotals() {
        SessionMeter meter = new SessionMeter(DEMO, DAY.withHour(7));
        meter.advanceTo(DAY.withHour(13), 30_000);

        List<TierRecord> tiers = meter.tierRecords();
        assertThat(tiers).extracting(TierRecord::priceMilliFenPerKwh).containsExactly(200_000L, 160_000L, 120_000L, 70_000L);
        assertThat(tiers.stream().mapToLong(TierRecord::energyDeciWh).sum()).isEqualTo(meter.energyDeciWh());
        assertThat(tiers.stream().mapToLong(TierRecord::amountCentiFen).sum()).isEqualTo(meter.amountCentiFen());
        // 07-08 valley 30 kWh, 08-10 flat 60, 10-11:30 peak 45, 11:30-13 sharp 45
        assertThat(tiers).extracting(TierRecord::energyDeciWh).containsExactly(450_000L, 450_000L, 600_000L, 300_000L);
    }

    private static BillingModel model(int lossRatio, IntFunction<Tier> slotTier) {
        return model(lossRatio, slotTier, new TierPrice(60_000, 40_000));
    }

    private static BillingModel model(int lossRatio, IntFunction<Tier> slotTier, TierPrice price) {
        List<Tier> slots = new ArrayList<>();
        for (int i = 0; i < BillingModel.SLOTS; i++) {
            slots.add(slotTier.apply(i));
        }
        return new BillingModel(PileNo.parse("1"), new BillingModelNo(7), Collections.nCopies(4, price), lossRatio, slots);
    }
}
