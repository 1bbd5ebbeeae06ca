package io.chargeway.core.order;

import java.time.Instant;

import io.chargeway.core.pricing.PeriodEnergy;

/**
 * What the platform remembers of a running session between two live samples (kept in Redis):
 * the last energy reading, when it was taken, and the energy so far split by tariff period.
 *
 * @param energyDeciWh the pile's energy counter at the last sample, 0.0001 kWh
 * @param at           when the last sample was taken
 * @param periods      energy so far per period
 */
public record LiveState(long energyDeciWh, Instant at, PeriodEnergy periods) {

    /** The state at the start of a session. */
    public static LiveState startingAt(Instant startedAt) {
        return new LiveState(0, startedAt, PeriodEnergy.ZERO);
    }
}
