package io.chargeway.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class JournalDraftTest {

    private static final AccountKey CASH = AccountKey.member(1, AccountType.MEMBER_CASH, 7);
    private static final AccountKey REVENUE = AccountKey.operatorRevenue(1);

    @Test
    void refusesPostingsThatDoNotSumToZero() {
        assertThatThrownBy(() -> new JournalDraft(JournalKind.SETTLEMENT, 1, "x", null,
                List.of(new Posting(CASH, -100), new Posting(REVENUE, 99))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not balance: -1 fen");
    }

    @Test
    void mergesPostingsPerAccountAndDropsZeroLines() {
        JournalDraft draft = new JournalDraft(JournalKind.SETTLEMENT, 1, "x", null, List.of(
                new Posting(CASH, 500), new Posting(CASH, -800), new Posting(REVENUE, 300),
                new Posting(AccountKey.member(1, AccountType.MEMBER_GIFT, 7), 0)));

        assertThat(draft.postings()).containsExactly(new Posting(CASH, -300), new Posting(REVENUE, 300));
        assertThat(draft.amountFor(CASH)).isEqualTo(-300);
    }

    @Test
    void aJournalWhoseLinesCancelOutIsEmpty() {
        JournalDraft draft = new JournalDraft(JournalKind.HOLD_RELEASE, 1, "x", null,
                List.of(new Posting(CASH, 5), new Posting(CASH, -5)));

        assertThat(draft.isEmpty()).isTrue();
    }

    @Test
    void memberAccountsOnlyTakeMemberTypes() {
        assertThatThrownBy(() -> AccountKey.member(1, AccountType.OPERATOR_REVENUE, 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
