package io.chargeway.contract.order;

import java.time.Instant;

/**
 * An order moved to another state (published after the change was committed).
 *
 * @param orderId     the order
 * @param tradeSerial its serial
 * @param tenantId    the operator
 * @param memberId    the member, 0 if none
 * @param stationId   the station
 * @param pileNo      the pile
 * @param gun         the gun
 * @param fromState   the state before, null for a new order
 * @param toState     the state now
 * @param cause       why, in words
 * @param amountFen   the amount charged so far (settled: the final amount)
 * @param at          when
 */
public record OrderStateChanged(long orderId, String tradeSerial, long tenantId, long memberId, long stationId, String pileNo,
                                int gun, String fromState, String toState, String cause, long amountFen, Instant at)
        implements OrderEvent {
}
