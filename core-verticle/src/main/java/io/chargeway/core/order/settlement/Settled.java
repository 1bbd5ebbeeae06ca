package io.chargeway.core.order.settlement;

import io.chargeway.core.order.OrderRow;
import io.chargeway.core.order.OrderState;
import io.chargeway.core.order.SettlementFigures;

/**
 * How one record settled, for the reply to the edge and the events after the commit.
 *
 * @param order     the order as it was before settlement
 * @param from      its state before (SETTLED when the record had settled it before: a re-send)
 * @param figures   the platform's figures (null for a re-send)
 * @param amountFen the amount charged
 */
record Settled(OrderRow order, OrderState from, SettlementFigures figures, long amountFen) {

    /** Whether this record had settled the order before (a re-send). */
    boolean repeat() {
        return from == OrderState.SETTLED;
    }
}
