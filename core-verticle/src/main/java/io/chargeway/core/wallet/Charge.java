package io.chargeway.core.wallet;

/**
 * Where the money for one charge came from.
 *
 * @param fromGiftFen    taken from the gift balance
 * @param fromCashFen    taken from the cash balance
 * @param toArrearsFen   not covered by either: recorded as arrears
 */
public record Charge(long fromGiftFen, long fromCashFen, long toArrearsFen) {

    /** The whole amount charged. */
    public long totalFen() {
        return fromGiftFen + fromCashFen + toArrearsFen;
    }
}
