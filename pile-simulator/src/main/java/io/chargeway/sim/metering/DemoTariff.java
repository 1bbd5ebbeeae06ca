package io.chargeway.sim.metering;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.Tier;
import io.chargeway.ykc.message.session.TierPrice;

/**
 * The billing model a simulated pile charges by until the platform sends one (0x0A or 0x58); it
 * reports number 0000 for it. A real pile refuses to charge without a model; the simulator
 * charges anyway so that tests of platforms without tariff support still get sessions.
 * Prices in 0.00001 yuan/kWh (electricity + service): sharp 1.20 + 0.80, peak 1.00 + 0.60,
 * flat 0.70 + 0.50, valley 0.30 + 0.40; slots: valley 00:00-08:00, flat 08:00-10:00 and
 * 15:00-18:00 and 21:00-23:00, peak 10:00-11:30 and 18:00-21:00, sharp 11:30-15:00, valley 23:00-24:00.
 */
public final class DemoTariff {

    private DemoTariff() {
    }

    /** The demo model, number 0000, shared by every pile (the pile number in it is 0). */
    public static final BillingModel MODEL = forPile(new PileNo(0));

    /** The demo model for {@code pileNo}, number 0000. */
    public static BillingModel forPile(PileNo pileNo) {
        List<TierPrice> prices = List.of(new TierPrice(120_000, 80_000), new TierPrice(100_000, 60_000),
                new TierPrice(70_000, 50_000), new TierPrice(30_000, 40_000));
        List<Tier> slots = new ArrayList<>(BillingModel.SLOTS);
        for (int slot = 0; slot < BillingModel.SLOTS; slot++) {
            slots.add(tierOfSlot(slot));
        }
        return new BillingModel(pileNo, BillingModelNo.NONE, prices, 0, slots);
    }

    private static Tier tierOfSlot(int halfHour) {
        if (halfHour < 16 || halfHour >= 46) {
            return Tier.VALLEY;
        }
        if (halfHour >= 23 && halfHour < 30) {
            return Tier.SHARP;
        }
        if (halfHour >= 20 && halfHour < 23 || halfHour >= 36 && halfHour < 42) {
            return Tier.PEAK;
        }
        return Tier.FLAT;
    }
}
