package io.chargeway.contract.order;

import java.time.Instant;

/**
 * One recorded transition of an order.
 *
 * @param fromState the state before (null for the first)
 * @param toState   the state after
 * @param cause     why, in words
 * @param at        when
 */
public record OrderTransitionView(String fromState, String toState, String cause, Instant at) {
}
