package io.chargeway.core.pricing;

import io.chargeway.contract.pile.RatePeriod;

/**
 * Energy per time-of-use period, in 0.0001 kWh (the unit YKC uses in 0x13 and 0x3B).
 *
 * @param sharpDeciWh  energy in the sharp (尖) period
 * @param peakDeciWh   energy in the peak (峰) period
 * @param flatDeciWh   energy in the flat (平) period
 * @param valleyDeciWh energy in the valley (谷) period
 */
public record PeriodEnergy(long sharpDeciWh, long peakDeciWh, long flatDeciWh, long valleyDeciWh) {

    /** No energy. */
    public static final PeriodEnergy ZERO = new PeriodEnergy(0, 0, 0, 0);

    /** Rejects negative energies. */
    public PeriodEnergy {
        if (sharpDeciWh < 0 || peakDeciWh < 0 || flatDeciWh < 0 || valleyDeciWh < 0) {
            throw new IllegalArgumentException("energy per period must not be negative");
        }
    }

    /** All of {@code energyDeciWh} in one period. */
    public static PeriodEnergy of(RatePeriod period, long energyDeciWh) {
        return ZERO.plus(period, energyDeciWh);
    }

    /** The energy of one period. */
    public long get(RatePeriod period) {
        return switch (period) {
            case SHARP -> sharpDeciWh;
            case PEAK -> peakDeciWh;
            case FLAT -> flatDeciWh;
            case VALLEY -> valleyDeciWh;
        };
    }

    /** This energy with {@code energyDeciWh} more in {@code period}. */
    public PeriodEnergy plus(RatePeriod period, long energyDeciWh) {
        return new PeriodEnergy(
                sharpDeciWh + (period == RatePeriod.SHARP ? energyDeciWh : 0),
                peakDeciWh + (period == RatePeriod.PEAK ? energyDeciWh : 0),
                flatDeciWh + (period == RatePeriod.FLAT ? energyDeciWh : 0),
                valleyDeciWh + (period == RatePeriod.VALLEY ? energyDeciWh : 0));
    }

    /** The period-wise sum. */
    public PeriodEnergy plus(PeriodEnergy other) {
        return new PeriodEnergy(sharpDeciWh + other.sharpDeciWh, peakDeciWh + other.peakDeciWh,
                flatDeciWh + other.flatDeciWh, valleyDeciWh + other.valleyDeciWh);
    }

    /** The energy of all four periods. */
    public long totalDeciWh() {
        return sharpDeciWh + peakDeciWh + flatDeciWh + valleyDeciWh;
    }
}
