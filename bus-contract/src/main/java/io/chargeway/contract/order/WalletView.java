package io.chargeway.contract.order;

/**
 * A member's balances in fen.
 *
 * @param tenantId     the operator
 * @param memberId     the member
 * @param cashFen      refundable money
 * @param giftFen      gift money (spent first, never refunded)
 * @param heldFen      frozen for running orders
 * @param arrearsFen   owed from earlier sessions (blocks new starts while above 0)
 * @param availableFen what a new order can use: cash + gift, or 0 while in arrears
 */
public record WalletView(long tenantId, long memberId, long cashFen, long giftFen, long heldFen, long arrearsFen,
                         long availableFen) {
}
