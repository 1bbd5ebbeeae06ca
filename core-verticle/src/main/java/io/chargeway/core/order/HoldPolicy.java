package io.chargeway.core.order;

/**
 * How much a start freezes. An AMOUNT session freezes its limit; every other mode freezes the
 * whole available balance (the session may use all of it; what is not used goes back at
 * settlement), so the pile can be told the balance it may spend (0x34/0x32) and stop on it.
 * A start needs at least {@code minStartFen} available.
 *
 * @param minStartFen the smallest balance that may start a session
 */
public record HoldPolicy(long minStartFen) {

    /**
     * The amount to freeze, or -1 when the available balance does not allow the start.
     *
     * @param mode         the session's mode
     * @param limitValue   the mode's limit (fen for AMOUNT)
     * @param availableFen the member's available balance
     */
    public long holdFen(ChargeMode mode, long limitValue, long availableFen) {
        long needed = mode == ChargeMode.AMOUNT ? Math.max(limitValue, minStartFen) : minStartFen;
        if (availableFen < needed || availableFen <= 0) {
            return -1;
        }
        return mode == ChargeMode.AMOUNT ? limitValue : availableFen;
    }
}
