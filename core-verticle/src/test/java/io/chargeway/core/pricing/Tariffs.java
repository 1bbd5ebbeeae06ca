package io.chargeway.core.pricing;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;

/** Tariffs for the pricing, order and settlement tests. */
public final class Tariffs {

    private Tariffs() {
    }

    /**
     * A time-of-use tariff (prices in 0.00001 yuan/kWh):
     * sharp 1.20000 + 0.80000, peak 1.00000 + 0.60000, flat 0.70000 + 0.50000, valley 0.30000 + 0.40000;
     * valley 00:00-08:00, flat 08:00-10:00, peak 10:00-12:00, flat 12:00-14:00, peak 14:00-17:00,
     * sharp 17:00-19:00, peak 19:00-22:00, flat 22:00-24:00.
     */
    public static TariffModel timeOfUse(int lossRatioPercent) {
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < 48; slot++) {
            slots.add(periodAt(slot / 2.0));
        }
        return new TariffModel(7, List.of(new Rate(120_000, 80_000), new Rate(100_000, 60_000),
                new Rate(70_000, 50_000), new Rate(30_000, 40_000)), lossRatioPercent, slots);
    }

    /** One price all day: 1.00000 yuan/kWh electricity and 0.40000 service. */
    public static TariffModel standard() {
        List<Integer> slots = new ArrayList<>();
        for (int slot = 0; slot < 48; slot++) {
            slots.add(2);
        }
        Rate flat = new Rate(100_000, 40_000);
        return new TariffModel(1, List.of(flat, flat, flat, flat), 0, slots);
    }

    private static int periodAt(double hour) {
        if (hour < 8) {
            return 3;
        }
        if (hour < 10 || hour >= 12 && hour < 14 || hour >= 22) {
            return 2;
        }
        if (hour >= 17 && hour < 19) {
            return 0;
        }
        return 1;
    }
}
