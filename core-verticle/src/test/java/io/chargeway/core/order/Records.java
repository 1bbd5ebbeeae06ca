package io.chargeway.core.order;

import java.time.Instant;
import java.util.List;

import io.chargeway.contract.event.TierUsage;
import io.chargeway.contract.event.TransactionRecorded;

/** Transaction records for tests. */
final class Records {

    static final String PILE = "32010600019001";
    static final String SERIAL = "32010600019001012603021000000001";

    private Records() {
    }

    /** A card-less app record with the given per-period energies (sharp, peak, flat, valley) and pile amount. */
    static TransactionRecorded record(long sharp, long peak, long flat, long valley, long totalEnergy, long amountCentiFen,
                                      Instant start, Instant end) {
        List<TierUsage> tiers = List.of(new TierUsage(200_000, sharp, sharp, 0), new TierUsage(160_000, peak, peak, 0),
                new TierUsage(120_000, flat, flat, 0), new TierUsage(70_000, valley, valley, 0));
        return new TransactionRecorded(PILE, 1, 1, SERIAL, start, end, tiers, 1_000_000, 1_000_000 + totalEnergy,
                totalEnergy, totalEnergy, amountCentiFen, "", "APP", end, 0x40, "stopped by app (remote stop)",
                "0000000000000000", end);
    }
}
