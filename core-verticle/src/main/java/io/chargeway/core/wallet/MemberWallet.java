package io.chargeway.core.wallet;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.core.ledger.AccountKey;
import io.chargeway.core.ledger.AccountType;
import io.chargeway.core.ledger.JournalDraft;
import io.chargeway.core.ledger.JournalKind;
import io.chargeway.core.ledger.Posting;

/**
 * The posting rules of a member's wallet: pure decisions over the balances read (and locked) in
 * the current database transaction, returned as balanced {@link JournalDraft}s.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Gift first.</b> Holds and charges take the gift balance first, then cash. Gift money is
 *       never refundable, so spending it first leaves the member as much refundable cash as possible.</li>
 *   <li><b>Holds are explicit.</b> A hold moves money from gift/cash into MEMBER_HOLD and remembers
 *       the split ({@link Hold}); releasing puts it back exactly where it came from.</li>
 *   <li><b>Settlement</b> releases the order's hold and charges the amount in one journal: gift,
 *       then cash, and what neither covers goes to MEMBER_ARREARS (never a silent negative balance).</li>
 *   <li><b>Arrears block starts</b> and are repaid first by any money credited later.</li>
 * </ul>
 */
public final class MemberWallet {

    private final long tenantId;
    private final long memberId;
    private final MemberBalances balances;

    /** The wallet of a member with the balances just read. */
    public MemberWallet(long tenantId, long memberId, MemberBalances balances) {
        this.tenantId = tenantId;
        this.memberId = memberId;
        this.balances = balances;
    }

    /** The balances this wallet decides on. */
    public MemberBalances balances() {
        return balances;
    }

    /** One of the member's accounts. */
    public AccountKey account(AccountType type) {
        return AccountKey.member(tenantId, type, memberId);
    }

    /**
     * Plans freezing {@code amountFen}, gift first.
     *
     * @throws PlatformException {@link ErrorCode#PAYMENT_REQUIRED} if the member owes money or the
     *                           available balance does not cover the amount; {@link ErrorCode#BAD_REQUEST} if not positive
     */
    public Hold planHold(long amountFen) {
        if (amountFen <= 0) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "a hold must be positive: " + amountFen + " fen");
        }
        if (balances.inArrears()) {
            throw new PlatformException(ErrorCode.PAYMENT_REQUIRED, "the member owes " + balances.arrearsFen()
                    + " fen from an earlier session; top up first");
        }
        if (amountFen > balances.availableFen()) {
            throw new PlatformException(ErrorCode.PAYMENT_REQUIRED, "insufficient balance: " + balances.availableFen()
                    + " fen available, " + amountFen + " fen needed");
        }
        long fromGift = Math.min(balances.giftFen(), amountFen);
        return new Hold(fromGift, amountFen - fromGift);
    }

    /** The journal freezing {@code hold} (kind HOLD or HOLD_TOP_UP). */
    public JournalDraft holdJournal(JournalKind kind, Hold hold, String reference) {
        return new JournalDraft(kind, tenantId, reference, null, List.of(
                new Posting(account(AccountType.MEMBER_GIFT), -hold.giftFen()),
                new Posting(account(AccountType.MEMBER_CASH), -hold.cashFen()),
                new Posting(account(AccountType.MEMBER_HOLD), hold.totalFen())));
    }

    /** The journal giving {@code hold} back unchanged. */
    public JournalDraft releaseJournal(Hold hold, String reference, String memo) {
        return new JournalDraft(JournalKind.HOLD_RELEASE, tenantId, reference, memo, releasePostings(hold));
    }

    /**
     * Plans charging {@code amountFen} after {@code released} went back to the balances: gift
     * first, then cash, the rest as arrears.
     *
     * @throws IllegalArgumentException for a negative amount
     */
    public Charge planCharge(Hold released, long amountFen) {
        if (amountFen < 0) {
            throw new IllegalArgumentException("a charge must not be negative: " + amountFen);
        }
        long gift = balances.giftFen() + released.giftFen();
        long cash = balances.cashFen() + released.cashFen();
        long fromGift = Math.min(gift, amountFen);
        long fromCash = Math.min(cash, amountFen - fromGift);
        return new Charge(fromGift, fromCash, amountFen - fromGift - fromCash);
    }

    /**
     * The journal releasing {@code released} and paying {@code charge} to {@code creditTo} (the
     * operator's revenue): one balanced movement.
     */
    public JournalDraft chargeJournal(JournalKind kind, Hold released, Charge charge, AccountKey creditTo, String reference) {
        List<Posting> postings = new ArrayList<>(releasePostings(released));
        postings.add(new Posting(account(AccountType.MEMBER_GIFT), -charge.fromGiftFen()));
        postings.add(new Posting(account(AccountType.MEMBER_CASH), -charge.fromCashFen()));
        postings.add(new Posting(account(AccountType.MEMBER_ARREARS), -charge.toArrearsFen()));
        postings.add(new Posting(creditTo, charge.totalFen()));
        return new JournalDraft(kind, tenantId, reference, null, postings);
    }

    /**
     * The journal of an operator's adjustment: a positive amount credits the cash or gift
     * balance after repaying arrears; a negative one takes money back from that balance.
     *
     * @param balance MEMBER_CASH or MEMBER_GIFT
     * @throws PlatformException {@link ErrorCode#BAD_REQUEST} for another account, a zero amount, or
     *                           taking back more than the balance holds
     */
    public JournalDraft adjustmentJournal(AccountType balance, long amountFen, String reference, String memo) {
        if (balance != AccountType.MEMBER_CASH && balance != AccountType.MEMBER_GIFT) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "only the cash or gift balance can be adjusted");
        }
        long current = balance == AccountType.MEMBER_CASH ? balances.cashFen() : balances.giftFen();
        if (amountFen == 0 || current + amountFen < 0) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "an adjustment must be non-zero and leave the balance"
                    + " non-negative: balance " + current + " fen, adjustment " + amountFen + " fen");
        }
        long repay = amountFen > 0 ? Math.min(amountFen, balances.arrearsFen()) : 0;
        return new JournalDraft(JournalKind.ADJUSTMENT, tenantId, reference, memo, List.of(
                new Posting(AccountKey.adjustments(tenantId), -amountFen),
                new Posting(account(AccountType.MEMBER_ARREARS), repay),
                new Posting(account(balance), amountFen - repay)));
    }

    /** The balances after {@code journal} was written (its postings to this member's accounts applied). */
    public MemberBalances balancesAfter(JournalDraft journal) {
        return new MemberBalances(
                balances.cashFen() + journal.amountFor(account(AccountType.MEMBER_CASH)),
                balances.giftFen() + journal.amountFor(account(AccountType.MEMBER_GIFT)),
                balances.heldFen() + journal.amountFor(account(AccountType.MEMBER_HOLD)),
                balances.arrearsFen() - journal.amountFor(account(AccountType.MEMBER_ARREARS)));
    }

    private List<Posting> releasePostings(Hold hold) {
        return List.of(
                new Posting(account(AccountType.MEMBER_HOLD), -hold.totalFen()),
                new Posting(account(AccountType.MEMBER_GIFT), hold.giftFen()),
                new Posting(account(AccountType.MEMBER_CASH), hold.cashFen()));
    }
}
