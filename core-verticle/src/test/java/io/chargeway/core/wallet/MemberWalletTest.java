package io.chargeway.core.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.core.ledger.AccountKey;
import io.chargeway.core.ledger.AccountType;
import io.chargeway.core.ledger.JournalDraft;
import io.chargeway.core.ledger.JournalKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MemberWalletTest {

    private static final AccountKey REVENUE = AccountKey.operatorRevenue(1);

    private static MemberWallet wallet(long cash, long gift, long held, long arrears) {
        return new MemberWallet(1, 7, new MemberBalances(cash, gift, held, arrears));
    }

    @Test
    void holdsGiftMoneyFirst() {
        Hold hold = wallet(1000, 300, 0, 0).planHold(500);

        assertThat(hold).isEqualTo(new Hold(300, 200));
    }

    @Test
    void holdMovesMoneyIntoTheHoldAccount() {
        MemberWallet w = wallet(1000, 300, 0, 0);

        JournalDraft j = w.holdJournal(JournalKind.HOLD, new Hold(300, 200), "order-1");

        assertThat(j.amountFor(w.account(AccountType.MEMBER_GIFT))).isEqualTo(-300);
        assertThat(j.amountFor(w.account(AccountType.MEMBER_CASH))).isEqualTo(-200);
        assertThat(j.amountFor(w.account(AccountType.MEMBER_HOLD))).isEqualTo(500);
    }

    @Test
    void refusesAHoldBeyondTheAvailableBalance() {
        assertThatThrownBy(() -> wallet(100, 50, 0, 0).planHold(151))
                .isInstanceOf(PlatformException.class).hasMessageContaining("insufficient balance")
                .extracting(e -> ((PlatformException) e).code()).isEqualTo(ErrorCode.PAYMENT_REQUIRED);
    }

    @Test
    void arrearsBlockANewHold() {
        assertThatThrownBy(() -> wallet(10_000, 0, 0, 1).planHold(100))
                .isInstanceOf(PlatformException.class).hasMessageContaining("owes 1 fen");
    }

    @Test
    void settlementReleasesTheHoldAndChargesGiftFirstThenCash() {
        // before: cash 800, gift 0, held 500 (gift 300 + cash 200); charge 400
        MemberWallet w = wallet(800, 0, 500, 0);
        Hold held = new Hold(300, 200);

        Charge charge = w.planCharge(held, 400);
        JournalDraft j = w.chargeJournal(JournalKind.SETTLEMENT, held, charge, REVENUE, "serial");

        assertThat(charge).isEqualTo(new Charge(300, 100, 0));
        assertThat(j.amountFor(w.account(AccountType.MEMBER_HOLD))).isEqualTo(-500);
        assertThat(j.amountFor(w.account(AccountType.MEMBER_GIFT))).isZero();
        assertThat(j.amountFor(w.account(AccountType.MEMBER_CASH))).isEqualTo(100);
        assertThat(j.amountFor(REVENUE)).isEqualTo(400);
    }

    @Test
    void whatNeitherBalanceCoversBecomesArrears() {
        MemberWallet w = wallet(0, 0, 500, 0);
        Hold held = new Hold(0, 500);

        Charge charge = w.planCharge(held, 650);
        JournalDraft j = w.chargeJournal(JournalKind.SETTLEMENT, held, charge, REVENUE, "serial");

        assertThat(charge).isEqualTo(new Charge(0, 500, 150));
        assertThat(j.amountFor(w.account(AccountType.MEMBER_ARREARS))).isEqualTo(-150);
        assertThat(j.amountFor(w.account(AccountType.MEMBER_CASH))).isZero();
        assertThat(j.amountFor(REVENUE)).isEqualTo(650);
    }

    @Test
    void aTopUpRepaysArrearsFirst() {
        MemberWallet w = wallet(0, 0, 0, 150);

        JournalDraft j = w.adjustmentJournal(AccountType.MEMBER_CASH, 1000, "adj-1", "counter top-up");

        assertThat(j.amountFor(w.account(AccountType.MEMBER_ARREARS))).isEqualTo(150);
        assertThat(j.amountFor(w.account(AccountType.MEMBER_CASH))).isEqualTo(850);
        assertThat(j.amountFor(AccountKey.adjustments(1))).isEqualTo(-1000);
    }

    @Test
    void anAdjustmentCannotTakeMoreThanTheBalance() {
        assertThatThrownBy(() -> wallet(100, 0, 0, 0).adjustmentJournal(AccountType.MEMBER_CASH, -101, "a", "m"))
                .isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> wallet(100, 0, 0, 0).adjustmentJournal(AccountType.MEMBER_HOLD, 5, "a", "m"))
                .isInstanceOf(PlatformException.class);
    }

    @Property
    void aChargeIsAlwaysCoveredExactly(@ForAll @LongRange(max = 1_000_000) long cash,
                                        @ForAll @LongRange(max = 1_000_000) long gift,
                                        @ForAll @LongRange(max = 1_000_000) long heldGift,
                                        @ForAll @LongRange(max = 1_000_000) long heldCash,
                                        @ForAll @LongRange(max = 3_000_000) long amount) {
        Hold held = new Hold(heldGift, heldCash);
        MemberWallet w = wallet(cash, gift, held.totalFen(), 0);

        Charge charge = w.planCharge(held, amount);

        assertThat(charge.totalFen()).isEqualTo(amount);
        assertThat(charge.fromGiftFen()).isLessThanOrEqualTo(gift + heldGift);
        assertThat(charge.fromCashFen()).isLessThanOrEqualTo(cash + heldCash);
        assertThat(charge.toArrearsFen() > 0).isEqualTo(amount > cash + gift + held.totalFen());
    }
}
