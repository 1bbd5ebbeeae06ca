package io.chargeway.core.order;

/**
 * How a platform-started session ends by itself (besides the driver stopping it or the balance
 * running out). Kept in sync with {@code io.chargeway.contract.order.StartOrder#mode}.
 */
public enum ChargeMode {
    /** Until the vehicle is full (the pile stops on SOC 100 % or the BMS). */
    FULL,
    /** Until the amount reaches the limit, in fen. */
    AMOUNT,
    /** Until the energy reaches the limit, in 0.0001 kWh. */
    ENERGY,
    /** Until the charging time reaches the limit, in minutes. */
    TIME
}
