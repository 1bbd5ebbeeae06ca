package io.chargeway.contract.order;

/**
 * A member's ledger lines, newest first.
 *
 * @param tenantId the operator
 * @param memberId the member
 * @param beforeId cursor: only lines with a smaller id (0 = from the newest)
 * @param limit    page size 1..200 (0 = 50)
 */
public record WalletEntriesQuery(long tenantId, long memberId, long beforeId, int limit) {
}
