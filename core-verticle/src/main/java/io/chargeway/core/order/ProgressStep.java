package io.chargeway.core.order;

import java.time.Instant;

import io.chargeway.core.pricing.EnergySplitter;
import io.chargeway.core.pricing.PeriodEnergy;
import io.chargeway.core.pricing.TariffPricing;

/**
 * One live sample applied to a running session: the new remembered state, the platform's
 * estimate of the amount so far, and whether the platform must stop the session now. Pure.
 *
 * @param state     the state to remember
 * @param amountFen the amount so far, priced per half-hour slot with the order's tariff
 * @param stop      why the platform must stop the session, or null to let it run
 */
public record ProgressStep(LiveState state, long amountFen, StopCause stop) {

    /**
     * Applies a sample. Energy since the last sample is spread over the time between the two
     * samples ({@link EnergySplitter}); a sample older than the last one, or a counter that went
     * backwards, adds nothing (live data is lossy: the latest wins).
     *
     * @param limits          what to enforce
     * @param previous        the remembered state
     * @param energyDeciWh    the sample's energy counter
     * @param at              when the sample was taken
     * @param chargingMinutes the sample's charging time
     */
    public static ProgressStep advance(LiveLimits limits, LiveState previous, long energyDeciWh, Instant at,
                                       int chargingMinutes) {
        LiveState next = previous;
        if (!at.isBefore(previous.at()) && energyDeciWh >= previous.energyDeciWh()) {
            PeriodEnergy added = EnergySplitter.split(limits.tariff(), previous.at(), at, energyDeciWh - previous.energyDeciWh());
            next = new LiveState(energyDeciWh, at, previous.periods().plus(added));
        }
        long amountFen = TariffPricing.price(limits.tariff(), next.periods()).totalFen();
        return new ProgressStep(next, amountFen, stopCause(limits, next.energyDeciWh(), amountFen, chargingMinutes));
    }

    private static StopCause stopCause(LiveLimits limits, long energyDeciWh, long amountFen, int chargingMinutes) {
        boolean limitReached = switch (limits.mode()) {
            case FULL -> false;
            case AMOUNT -> amountFen >= limits.limitValue();
            case ENERGY -> energyDeciWh >= limits.limitValue();
            case TIME -> chargingMinutes >= limits.limitValue();
        };
        if (limitReached) {
            return StopCause.LIMIT_REACHED;
        }
        return amountFen >= limits.holdFen() ? StopCause.BALANCE_EXHAUSTED : null;
    }
}
