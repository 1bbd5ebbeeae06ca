package io.chargeway.core.ledger;

import java.util.Objects;

/**
 * One line of a journal: {@code amountFen} added to (positive) or taken from (negative) an account.
 *
 * @param account   the account
 * @param amountFen the signed amount in fen
 */
public record Posting(AccountKey account, long amountFen) {

    /** Validates the account. */
    public Posting {
        Objects.requireNonNull(account, "account");
    }
}
