package io.chargeway.contract.order;

import java.util.List;

/**
 * An order with its history and, while it runs, its latest progress.
 *
 * @param order       the order
 * @param transitions every transition, oldest first
 * @param progress    the latest live progress, or null when none (not started, or finished)
 */
public record OrderDetail(OrderView order, List<OrderTransitionView> transitions, OrderProgress progress) {
}
