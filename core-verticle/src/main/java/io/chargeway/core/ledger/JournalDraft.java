package io.chargeway.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A balanced movement of money about to be written: postings per account (merged, zero lines
 * dropped, sorted by account) that sum to zero. Written as one {@code ledger_journals} row and its
 * {@code ledger_entries} in the same database transaction as the business change it belongs to.
 *
 * @param kind      why money moves
 * @param tenantId  the tenant the movement belongs to
 * @param reference what it is about (order trade serial, adjustment key); unique with {@code kind}
 * @param memo      a human-readable note (reason of an adjustment)
 * @param postings  the merged, non-zero postings, sorted by account
 */
public record JournalDraft(JournalKind kind, long tenantId, String reference, String memo, List<Posting> postings) {

    /**
     * Merges the postings per account, drops zero lines and checks the balance.
     *
     * @throws IllegalArgumentException if the postings do not sum to zero or the reference is blank
     */
    public JournalDraft {
        Objects.requireNonNull(kind, "kind");
        if (reference == null || reference.isBlank() || reference.length() > 64) {
            throw new IllegalArgumentException("a journal needs a reference of 1..64 characters");
        }
        postings = merge(postings);
        long sum = 0;
        for (Posting p : postings) {
            sum = Math.addExact(sum, p.amountFen());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("journal " + kind + " " + reference + " does not balance: " + sum + " fen");
        }
    }

    /** Whether the journal moves no money at all (nothing needs writing). */
    public boolean isEmpty() {
        return postings.isEmpty();
    }

    /** The signed amount this journal posts to {@code account} (0 if none). */
    public long amountFor(AccountKey account) {
        for (Posting p : postings) {
            if (p.account().equals(account)) {
                return p.amountFen();
            }
        }
        return 0;
    }

    private static List<Posting> merge(List<Posting> postings) {
        Map<AccountKey, Long> byAccount = new TreeMap<>();
        for (Posting p : postings) {
            byAccount.merge(p.account(), p.amountFen(), Math::addExact);
        }
        List<Posting> merged = new ArrayList<>();
        byAccount.forEach((account, amount) -> {
            if (amount != 0) {
                merged.add(new Posting(account, amount));
            }
        });
        return List.copyOf(merged);
    }
}
