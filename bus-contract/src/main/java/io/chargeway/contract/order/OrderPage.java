package io.chargeway.contract.order;

import java.util.List;

/**
 * A page of orders, newest first.
 *
 * @param orders       the orders
 * @param nextBeforeId the cursor for the next page, or 0 when this is the last
 */
public record OrderPage(List<OrderView> orders, long nextBeforeId) {
}
