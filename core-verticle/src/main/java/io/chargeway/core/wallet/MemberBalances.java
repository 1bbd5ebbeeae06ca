package io.chargeway.core.wallet;

/**
 * A member's four balances in fen, as read from the ledger accounts.
 *
 * @param cashFen    refundable money (MEMBER_CASH)
 * @param giftFen    gift money (MEMBER_GIFT)
 * @param heldFen    money frozen for running orders (MEMBER_HOLD)
 * @param arrearsFen what the member owes, as a non-negative amount (minus the MEMBER_ARREARS balance)
 */
public record MemberBalances(long cashFen, long giftFen, long heldFen, long arrearsFen) {

    /** A wallet with nothing in it. */
    public static final MemberBalances EMPTY = new MemberBalances(0, 0, 0, 0);

    /** Rejects negative balances: the ledger never lets them happen. */
    public MemberBalances {
        if (cashFen < 0 || giftFen < 0 || heldFen < 0 || arrearsFen < 0) {
            throw new IllegalStateException("member balances must not be negative: cash " + cashFen + ", gift " + giftFen
                    + ", held " + heldFen + ", arrears " + arrearsFen);
        }
    }

    /** What the member can spend on a new order now: cash plus gift (held money is not available). */
    public long availableFen() {
        return cashFen + giftFen;
    }

    /** Whether the member owes money: blocks the next start until repaid. */
    public boolean inArrears() {
        return arrearsFen > 0;
    }
}
