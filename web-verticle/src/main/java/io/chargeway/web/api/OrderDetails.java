package io.chargeway.web.api;

import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.web.Caller;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * An order's detail as drivers and admins see it: the orders feature's detail (order,
 * transitions, live progress) plus {@code periods}, the energy, electricity fee and service fee
 * of each TOU period (sharp, peak, flat, valley) once the order is settled (empty before), from
 * the core's {@code order.periods}.
 */
public final class OrderDetails {

    private final CoreClient core;

    /** Details read through {@code core}. */
    public OrderDetails(CoreClient core) {
        this.core = core;
    }

    /**
     * The detail of an order of {@code tenant}.
     *
     * @param periodsAddress where {@code order.periods} is asked ({@code WebAddresses.DRIVER} or {@code ADMIN}); it answers
     *                       only the caller's own orders (drivers) or orders in the caller's scope (admins)
     * @return the detail; fails with {@code NOT_FOUND} for an order the caller may not see
     */
    public Future<JsonObject> detail(String periodsAddress, Caller caller, long tenant, long orderId) {
        return core.request(OrderAddresses.ORDERS_GET, new OrderQuery(tenant, orderId, null))
                .compose(d -> core.call(periodsAddress, "order.periods", caller, new JsonObject().put("orderId", orderId)
                                .put("tenantId", tenant))
                        .map(p -> d.put("periods", p.getJsonArray("periods"))));
    }
}
