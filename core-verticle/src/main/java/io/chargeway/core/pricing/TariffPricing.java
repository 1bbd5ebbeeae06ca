package io.chargeway.core.pricing;

import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;

/**
 * Prices energy with a tariff. Pure integer maths, no I/O.
 *
 * <h2>Units</h2>
 * Energy is in 0.0001 kWh (deci-Wh), prices in 0.00001 yuan/kWh (= 0.001 fen/kWh, "milli-fen"),
 * so one unit of energy times one unit of price is 10<sup>-7</sup> fen. The loss ratio L (percent,
 * YKC 计损比例) scales the energy by (100 + L) / 100, so the exact amount of a period is
 * {@code energy * (100 + L) * price} in 10<sup>-9</sup> fen ("nano-fen"), with no rounding.
 *
 * <h2>Rounding rule</h2>
 * <ol>
 *   <li>The exact electricity amount and the exact service amount are summed over the four
 *       periods, in nano-fen, without rounding.</li>
 *   <li>The total is rounded once, half up, to whole fen: {@code total = round(exactElectricity + exactService)}.</li>
 *   <li>The electricity fee is rounded half up on its own; the service fee is
 *       {@code total - electricityFee}, so the parts always add up to the total and the total is
 *       never more than half a fen away from the exact price.</li>
 * </ol>
 *
 * <p>Worked example (flat period 1.00000 + 0.40000 yuan/kWh, 12.3456 kWh, L = 0):
 * electricity 123456 * 100 * 100000 = 1 234 560 000 000 nano-fen = 1234.56 fen, service 493.824 fen,
 * total 1728.384 fen -> <b>1728 fen</b>; electricity 1234.56 -> 1235 fen; service 1728 - 1235 = 493 fen.
 * A pile computing 12.3456 * 1.4 yuan = 17.28384 yuan reports 172838 (0.0001 yuan), which is also 1728 fen.
 */
public final class TariffPricing {

    /** Nano-fen per fen. */
    static final long NANO_FEN_PER_FEN = 1_000_000_000L;
    private static final long PERCENT = 100;

    private TariffPricing() {
    }

    /**
     * Prices the energy of each period with the tariff's rates and loss ratio.
     *
     * @throws ArithmeticException if an amount does not fit a long (more than 92 million yuan)
     */
    public static PriceBreakdown price(TariffModel tariff, PeriodEnergy energy) {
        long lossFactor = PERCENT + tariff.lossRatioPercent();
        long electricityNanoFen = 0;
        long serviceNanoFen = 0;
        for (RatePeriod period : RatePeriod.values()) {
            long scaledEnergy = Math.multiplyExact(energy.get(period), lossFactor);
            Rate rate = tariff.rate(period);
            electricityNanoFen = Math.addExact(electricityNanoFen, Math.multiplyExact(scaledEnergy, rate.electricityMilliFenPerKwh()));
            serviceNanoFen = Math.addExact(serviceNanoFen, Math.multiplyExact(scaledEnergy, rate.serviceMilliFenPerKwh()));
        }
        long totalFen = roundHalfUp(Math.addExact(electricityNanoFen, serviceNanoFen), NANO_FEN_PER_FEN);
        long electricityFen = roundHalfUp(electricityNanoFen, NANO_FEN_PER_FEN);
        return new PriceBreakdown(electricityFen, totalFen - electricityFen);
    }

    /**
     * An amount in 0.0001 yuan (the unit of YKC amounts) in whole fen, rounded half up:
     * 172838 -> 1728, 172850 -> 1729.
     */
    public static long centiFenToFen(long amountCentiFen) {
        return roundHalfUp(amountCentiFen, 100);
    }

    /**
     * {@code value / divisor} rounded half up, for non-negative values.
     *
     * @throws IllegalArgumentException for a negative value or a divisor below 1
     */
    static long roundHalfUp(long value, long divisor) {
        if (value < 0 || divisor < 1) {
            throw new IllegalArgumentException("rounding needs a non-negative value and a positive divisor");
        }
        long quotient = value / divisor;
        long remainder = value % divisor;
        return remainder * 2 >= divisor ? quotient + 1 : quotient;
    }
}
