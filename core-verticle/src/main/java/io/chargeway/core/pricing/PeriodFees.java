package io.chargeway.core.pricing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;

/**
 * A priced session split by time-of-use period: the electricity and service fee of each of sharp,
 * peak, flat and valley in whole fen, such that the four parts add up exactly to the fees
 * {@link TariffPricing#price} charged. Each period's exact amount (in nano-fen, see
 * {@link TariffPricing}) is rounded down, and the fen still missing to the charged fee go one each
 * to the periods with the largest remainders (sharp before peak before flat before valley on a
 * tie), so no period is ever off by a whole fen from its exact amount. Pure.
 *
 * @param electricityFen electricity fee per period code 0..3
 * @param serviceFen     service fee per period code 0..3
 */
public record PeriodFees(List<Long> electricityFen, List<Long> serviceFen) {

    /** Copies the lists; each must have four entries. */
    public PeriodFees {
        if (electricityFen.size() != 4 || serviceFen.size() != 4) {
            throw new IllegalArgumentException("fees per period need four entries each");
        }
        electricityFen = List.copyOf(electricityFen);
        serviceFen = List.copyOf(serviceFen);
    }

    /**
     * Splits {@code charged} (what {@link TariffPricing#price} answered for {@code energy}) by period.
     *
     * @throws ArithmeticException if an amount does not fit a long
     */
    public static PeriodFees of(TariffModel tariff, PeriodEnergy energy, PriceBreakdown charged) {
        long lossFactor = 100 + tariff.lossRatioPercent();
        long[] electricity = new long[4];
        long[] service = new long[4];
        for (RatePeriod p : RatePeriod.values()) {
            long scaled = Math.multiplyExact(energy.get(p), lossFactor);
            electricity[p.code()] = Math.multiplyExact(scaled, tariff.rate(p).electricityMilliFenPerKwh());
            service[p.code()] = Math.multiplyExact(scaled, tariff.rate(p).serviceMilliFenPerKwh());
        }
        return new PeriodFees(allocate(electricity, charged.electricityFen()), allocate(service, charged.serviceFen()));
    }

    /** The electricity fee of a period. */
    public long electricityFen(RatePeriod period) {
        return electricityFen.get(period.code());
    }

    /** The service fee of a period. */
    public long serviceFen(RatePeriod period) {
        return serviceFen.get(period.code());
    }

    /** Whole fen per part summing to {@code targetFen}, by largest remainder of the exact nano-fen amounts. */
    static List<Long> allocate(long[] exactNanoFen, long targetFen) {
        long[] fen = new long[exactNanoFen.length];
        long sum = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < exactNanoFen.length; i++) {
            fen[i] = exactNanoFen[i] / TariffPricing.NANO_FEN_PER_FEN;
            sum += fen[i];
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> exactNanoFen[i] % TariffPricing.NANO_FEN_PER_FEN).reversed()
                .thenComparingInt(i -> i));
        long missing = targetFen - sum;
        for (int k = 0; missing > 0; k = (k + 1) % order.size(), missing--) {
            fen[order.get(k)]++;
        }
        for (int k = order.size() - 1; missing < 0; k = (k - 1 + order.size()) % order.size()) {
            if (fen[order.get(k)] > 0) {
                fen[order.get(k)]--;
                missing++;
            }
        }
        List<Long> out = new ArrayList<>();
        for (long f : fen) {
            out.add(f);
        }
        return out;
    }
}
