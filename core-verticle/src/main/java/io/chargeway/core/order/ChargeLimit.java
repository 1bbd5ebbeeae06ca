package io.chargeway.core.order;

import java.util.Locale;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.StartOrder;

/**
 * The mode of a platform start and its one limit, checked.
 *
 * @param mode  the mode
 * @param value the limit in the mode's unit (0 for FULL)
 */
public record ChargeLimit(ChargeMode mode, long value) {

    /**
     * Reads and checks the request's mode and limit.
     *
     * @throws PlatformException {@link ErrorCode#BAD_REQUEST} for an unknown mode, a missing or
     *                           non-positive limit, or a limit of another mode
     */
    public static ChargeLimit of(StartOrder r) {
        ChargeMode mode;
        try {
            mode = ChargeMode.valueOf(String.valueOf(r.mode()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "mode must be FULL, AMOUNT, ENERGY or TIME: " + r.mode());
        }
        long amount = r.amountLimitFen();
        long energy = r.energyLimitDeciWh();
        long time = r.timeLimitMinutes();
        long value = switch (mode) {
            case FULL -> 0;
            case AMOUNT -> amount;
            case ENERGY -> energy;
            case TIME -> time;
        };
        long others = amount + energy + time - value;
        if (mode != ChargeMode.FULL && value <= 0 || others != 0 || amount < 0 || energy < 0 || time < 0) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "mode " + mode + " needs exactly its own limit, positive"
                    + (mode == ChargeMode.FULL ? " (none for FULL)" : ""));
        }
        return new ChargeLimit(mode, value);
    }
}
