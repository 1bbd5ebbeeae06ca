package io.chargeway.contract.order;

/**
 * One order by id or by trade serial.
 *
 * @param tenantId    the operator
 * @param orderId     the order id, or 0 to look up by serial
 * @param tradeSerial the 32-digit trade serial when {@code orderId} is 0
 */
public record OrderQuery(long tenantId, long orderId, String tradeSerial) {
}
