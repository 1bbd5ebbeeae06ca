package io.chargeway.contract.order;

import java.time.Instant;
import java.util.List;

/**
 * The result of verifying the ledger: every account's balance equals the sum of its entries,
 * every journal and the whole ledger sum to zero, and no balance is negative where it must not be.
 *
 * @param checkedAt          when the check ran (one consistent snapshot)
 * @param accounts           accounts checked
 * @param entries            entries checked
 * @param ledgerSumFen       the sum of all entries (0 when sound)
 * @param accountMismatches  accounts whose stored balance differs from their entries
 * @param unbalancedJournals journals whose entries do not sum to zero
 * @param negativeBalances   member cash, gift or hold accounts below zero, or arrears above zero
 * @param holdMismatches     member hold accounts whose balance differs from the holds of the member's
 *                           orders (there {@code entriesSumFen} is the sum of the orders' holds)
 * @param balanced           whether nothing was found
 */
public record ReconciliationReport(Instant checkedAt, long accounts, long entries, long ledgerSumFen,
                                   List<AccountMismatch> accountMismatches, List<JournalMismatch> unbalancedJournals,
                                   List<AccountMismatch> negativeBalances, List<AccountMismatch> holdMismatches,
                                   boolean balanced) {

    /**
     * An account that fails a check.
     *
     * @param accountId     the account row
     * @param tenantId      its tenant
     * @param type          its type
     * @param ownerId       its owner
     * @param balanceFen    the stored balance
     * @param entriesSumFen the sum of its entries
     */
    public record AccountMismatch(long accountId, long tenantId, String type, long ownerId, long balanceFen, long entriesSumFen) {
    }

    /**
     * A journal whose entries do not sum to zero.
     *
     * @param journalId the journal
     * @param kind      its kind
     * @param reference its reference
     * @param sumFen    the sum of its entries
     */
    public record JournalMismatch(long journalId, String kind, String reference, long sumFen) {
    }
}
