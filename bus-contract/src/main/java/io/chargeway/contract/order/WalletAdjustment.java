package io.chargeway.contract.order;

/**
 * An operator grants money to a member's wallet (or takes it back), with a reason. A positive
 * amount repays arrears first. If the member is charging, the new money also raises the
 * session's hold and the pile is told the new balance (0x42).
 *
 * @param tenantId  the operator
 * @param memberId  the member
 * @param balance   {@code CASH} or {@code GIFT}
 * @param amountFen signed amount in fen, not 0; a negative one may not exceed the balance
 * @param reason    why (required, kept in the ledger)
 * @param actor     who did it (user id or name, for the audit trail)
 * @param requestId the caller's idempotency key (1..64 characters): a repeat changes nothing
 */
public record WalletAdjustment(long tenantId, long memberId, String balance, long amountFen, String reason, String actor,
                               String requestId) {
}
