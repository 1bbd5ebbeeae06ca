package io.chargeway.core.order;

/** Why the platform asked a pile to stop (0x36); recorded on the order beside the pile's own reason. */
public enum StopCause {
    /** The driver stopped the session in the app. */
    DRIVER,
    /** The mode's limit (amount, energy, time) was reached. */
    LIMIT_REACHED,
    /** The amount so far reached the member's hold. */
    BALANCE_EXHAUSTED,
    /** An operator stopped the session. */
    OPERATOR
}
