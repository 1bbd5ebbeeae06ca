package io.chargeway.core.order;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.event.TierUsage;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.pricing.EnergySplitter;
import io.chargeway.core.pricing.PeriodEnergy;
import io.chargeway.core.pricing.PriceBreakdown;
import io.chargeway.core.pricing.TariffPricing;

/**
 * The platform's own pricing of a transaction record next to the pile's: the platform prices the
 * per-period energies of the record with its own tariff (the one the order started with) and
 * charges that; the pile's amount is kept beside it and a difference beyond the tolerance is
 * flagged for an operator. Pure.
 *
 * @param energy          energy per period as priced
 * @param price           the platform's price: what the payer is charged
 * @param pileAmountFen   the pile's total amount rounded half up to fen
 * @param discrepancyFen  platform price minus pile amount, in fen (signed)
 * @param flagged         whether |discrepancy| exceeds the tolerance, or the record is inconsistent
 * @param notes           what was found, for the order's record (empty when all agrees)
 */
public record SettlementFigures(PeriodEnergy energy, PriceBreakdown price, long pileAmountFen, long discrepancyFen,
                                boolean flagged, List<String> notes) {

    /**
     * Computes the figures of {@code record} priced with {@code tariff}.
     *
     * <p>The record's per-period energies are used as they are. If they are all zero while the
     * total is not (a pile that does not split by period), the total is split over the session's
     * start and end times with {@link EnergySplitter} and a note says so.
     *
     * @param toleranceFen the largest |platform - pile| difference that is not flagged
     * @throws ArithmeticException if the amounts are absurdly large (the record is refused)
     */
    public static SettlementFigures of(TariffModel tariff, TransactionRecorded record, long toleranceFen) {
        List<String> notes = new ArrayList<>();
        PeriodEnergy energy = periodEnergy(record);
        if (energy.totalDeciWh() == 0 && record.totalEnergyDeciWh() > 0) {
            energy = EnergySplitter.split(tariff, record.startedAt(), record.endedAt().isBefore(record.startedAt())
                    ? record.startedAt() : record.endedAt(), record.totalEnergyDeciWh());
            notes.add("record has no per-period energy; total split by session time");
        } else if (energy.totalDeciWh() != record.totalEnergyDeciWh()) {
            notes.add("per-period energy " + energy.totalDeciWh() + " differs from total " + record.totalEnergyDeciWh()
                    + " (0.0001 kWh)");
        }
        PriceBreakdown price = TariffPricing.price(tariff, energy);
        long pileFen = TariffPricing.centiFenToFen(record.totalAmountCentiFen());
        long discrepancy = price.totalFen() - pileFen;
        if (Math.abs(discrepancy) > toleranceFen) {
            notes.add("platform amount " + price.totalFen() + " fen, pile amount " + pileFen + " fen");
        }
        return new SettlementFigures(energy, price, pileFen, discrepancy, !notes.isEmpty(), List.copyOf(notes));
    }

    private static PeriodEnergy periodEnergy(TransactionRecorded record) {
        List<TierUsage> tiers = record.tiers();
        PeriodEnergy energy = PeriodEnergy.ZERO;
        if (tiers == null) {
            return energy;
        }
        for (int i = 0; i < Math.min(tiers.size(), RatePeriod.values().length); i++) {
            energy = energy.plus(RatePeriod.fromCode(i), Math.max(0, tiers.get(i).energyDeciWh()));
        }
        return energy;
    }
}
