package io.chargeway.contract.order;

/**
 * Someone asks to stop a running session.
 *
 * @param tenantId the operator
 * @param orderId  the order
 * @param memberId the member asking (the order must be theirs), or 0 when an operator stops it
 */
public record StopOrder(long tenantId, long orderId, long memberId) {
}
