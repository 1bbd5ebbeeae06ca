package io.chargeway.contract.pile;

import java.util.List;

/**
 * A tariff as piles need it (YKC billing model, reference section 4): a model number (version),
 * four rates in the order sharp, peak, flat, valley, a loss ratio and 48 half-hour slots that
 * each name a period code (slot 0 = 00:00-00:30 ... slot 47 = 23:30-24:00).
 *
 * @param modelNo          the 4-digit model number, 1..9999 (0 means "no model")
 * @param rates            exactly four rates: sharp, peak, flat, valley
 * @param lossRatioPercent the loss ratio (计损比例), 0 in practice
 * @param slots            exactly 48 period codes 0..3
 */
public record TariffModel(int modelNo, List<Rate> rates, int lossRatioPercent, List<Integer> slots) {

    /** Validates sizes and ranges. */
    public TariffModel {
        if (modelNo < 0 || modelNo > 9999) {
            throw new IllegalArgumentException("tariff model number must be 0..9999: " + modelNo);
        }
        if (rates == null || rates.size() != 4) {
            throw new IllegalArgumentException("a tariff needs exactly 4 rates (sharp, peak, flat, valley)");
        }
        if (slots == null || slots.size() != 48) {
            throw new IllegalArgumentException("a tariff needs exactly 48 half-hour slots");
        }
        for (Integer s : slots) {
            RatePeriod.fromCode(s);
        }
        if (lossRatioPercent < 0 || lossRatioPercent > 255) {
            throw new IllegalArgumentException("loss ratio must be 0..255 percent: " + lossRatioPercent);
        }
        rates = List.copyOf(rates);
        slots = List.copyOf(slots);
    }

    /** The rate of a period. */
    public Rate rate(RatePeriod period) {
        return rates.get(period.code());
    }

    /** The period of half-hour slot {@code slot} (0..47). */
    public RatePeriod periodOfSlot(int slot) {
        return RatePeriod.fromCode(slots.get(slot));
    }
}
