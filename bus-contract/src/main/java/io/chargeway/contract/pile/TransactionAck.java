package io.chargeway.contract.pile;

/**
 * Core's reply to a {@code TransactionRecorded}: sent only after the record is committed (or
 * found committed before), so the edge may now confirm with 0x40.
 *
 * @param accepted whether the record was booked; {@code false} answers 0x40 "invalid bill" (非法账单)
 * @param reason   why a record was not accepted (null when accepted)
 * @param orderId  the order the record settled (0 when not accepted)
 */
public record TransactionAck(boolean accepted, String reason, long orderId) {
}
