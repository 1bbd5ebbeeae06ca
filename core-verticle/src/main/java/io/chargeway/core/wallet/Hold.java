package io.chargeway.core.wallet;

/**
 * Money frozen for one order, remembering which balance it came from so that a release puts it
 * back where it was.
 *
 * @param giftFen from the gift balance
 * @param cashFen from the cash balance
 */
public record Hold(long giftFen, long cashFen) {

    /** No hold. */
    public static final Hold NONE = new Hold(0, 0);

    /** Rejects negative parts. */
    public Hold {
        if (giftFen < 0 || cashFen < 0) {
            throw new IllegalArgumentException("hold parts must not be negative");
        }
    }

    /** The whole frozen amount. */
    public long totalFen() {
        return giftFen + cashFen;
    }

    /** This hold grown by {@code more}. */
    public Hold plus(Hold more) {
        return new Hold(giftFen + more.giftFen, cashFen + more.cashFen);
    }
}
