package io.chargeway.web.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.chargeway.contract.web.Caller;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket endpoints ({@code x-handler: driverLive, adminLive}), authenticated by the same
 * JWT as the REST API (header or {@code access_token} query parameter). On connect a client gets
 * {@code {"type":"hello"}} and, for drivers, a {@code {"type":"snapshot","orders":[...]}} of the
 * member's running orders, so a client that dropped and reconnected resumes where it is now; then
 * the live events (orders' {@code order.progress}/{@code order.state} for drivers, pile and gun
 * states for admins) and, when an order settles, {@code {"type":"order.finished","bill":{...}}}.
 * A text message {@code ping} is answered with {@code {"type":"pong"}}.
 */
public final class LiveRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRoutes.class);

    private final LiveHub hub;
    private final Function<Caller, Future<List<JsonObject>>> runningOrders;
    private final BiFunction<Long, Long, Future<JsonObject>> bills;

    /**
     * Endpoints over {@code hub}.
     *
     * @param runningOrders a driver's running orders, for the snapshot on connect
     * @param bills         an order's detail by (tenant, order id), sent when it settles
     */
    public LiveRoutes(LiveHub hub, Function<Caller, Future<List<JsonObject>>> runningOrders,
                      BiFunction<Long, Long, Future<JsonObject>> bills) {
        this.hub = hub;
        this.runningOrders = runningOrders;
        this.bills = bills;
        hub.onOrderEvent(this::afterOrderEvent);
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("driverLive", this::connect, "adminLive", this::connect);
    }

    private void connect(RoutingContext rc) {
        Caller caller = AccessGuard.caller(rc);
        rc.request().toWebSocket().onFailure(rc::fail).onSuccess(ws -> {
            LiveClient client = new LiveClient(caller, ws);
            hub.add(client);
            ws.closeHandler(v -> hub.remove(client));
            ws.exceptionHandler(e -> LOG.debug("live client failed [user: {}]: {}", caller.userId(), e.getMessage()));
            ws.textMessageHandler(text -> {
                if ("ping".equals(text.trim())) {
                    client.send(new JsonObject().put("type", "pong"));
                }
            });
            client.send(new JsonObject().put("type", "hello").put("kind", caller.kind().name()).put("tenantId", caller.tenantId()));
            if (caller.kind() == Caller.Kind.DRIVER) {
                runningOrders.apply(caller).onSuccess(orders -> client.send(new JsonObject().put("type", "snapshot")
                        .put("orders", new JsonArray(List.copyOf(orders)))));
            }
        });
    }

    private void afterOrderEvent(JsonObject event, Set<LiveClient> drivers) {
        if (!"order.state".equals(event.getString("type")) || !"SETTLED".equals(event.getString("toState"))) {
            return;
        }
        bills.apply(event.getLong("tenantId"), event.getLong("orderId"))
                .onSuccess(bill -> {
                    JsonObject message = new JsonObject().put("type", "order.finished").put("orderId", event.getLong("orderId"))
                            .put("bill", bill);
                    drivers.forEach(d -> d.send(message));
                })
                .onFailure(e -> LOG.warn("bill not sent [order: {}]: {}", event.getLong("orderId"), e.getMessage()));
    }
}
