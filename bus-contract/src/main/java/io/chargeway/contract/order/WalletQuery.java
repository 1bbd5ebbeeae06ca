package io.chargeway.contract.order;

/**
 * A member's wallet.
 *
 * @param tenantId the operator
 * @param memberId the member
 */
public record WalletQuery(long tenantId, long memberId) {
}
