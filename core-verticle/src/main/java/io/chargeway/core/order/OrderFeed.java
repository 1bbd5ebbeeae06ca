package io.chargeway.core.order;

import java.time.Instant;

import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderEvent;
import io.chargeway.contract.order.OrderStateChanged;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;

/**
 * Publishes order events on {@link OrderAddresses#FEED_ORDERS}, always after the change they
 * report was committed.
 */
public final class OrderFeed {

    private final EventBus bus;

    /** A feed on {@code bus}. */
    public OrderFeed(EventBus bus) {
        this.bus = bus;
    }

    /**
     * Publishes any order event.
     *
     * @return the JSON published (for a caller that keeps the event too; the bus delivered copies)
     */
    public JsonObject publish(OrderEvent event) {
        JsonObject json = BusJson.toJson(event);
        bus.publish(OrderAddresses.FEED_ORDERS, json);
        return json;
    }

    /** Publishes that {@code order} moved from {@code from} to {@code to}. */
    public void stateChanged(OrderRow order, OrderState from, OrderState to, String cause, long amountFen, Instant at) {
        publish(new OrderStateChanged(order.id(), order.tradeSerial(), order.tenantId(), order.memberId(), order.stationId(),
                order.pileNo(), order.gun(), from == null ? null : from.name(), to.name(), cause, amountFen, at));
    }
}
