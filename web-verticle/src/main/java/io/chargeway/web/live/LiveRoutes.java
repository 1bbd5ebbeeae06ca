package io.chargeway.web.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.chargeway.contract.web.Caller;
import io.chargeway.web.api.StationScopes;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
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
 * states for admins; station owners and agents get those of their stations' piles only) and, when
 * an order settles, {@code {"type":"order.finished","bill":{...}}}. A text message {@code ping}
 * is answered with {@code {"type":"pong"}}.
 *
 * <p>A socket lives no longer than the access token it was opened with: when the token expires the
 * client gets {@code {"type":"token.expired"}} and the socket is closed with status
 * {@value #TOKEN_EXPIRED} and the reason {@value #TOKEN_EXPIRED_REASON}; the client refreshes its
 * tokens, reconnects and resumes from the snapshot.
 */
public final class LiveRoutes {

    /** The close status of a socket whose access token expired (a private-use WebSocket status). */
    public static final short TOKEN_EXPIRED = 4001;
    /** The close reason of a socket whose access token expired. */
    public static final String TOKEN_EXPIRED_REASON = "access token expired; reconnect with a fresh token";
    private static final short TRY_AGAIN_LATER = 1013;
    private static final Logger LOG = LoggerFactory.getLogger(LiveRoutes.class);

    private final Vertx vertx;
    private final LiveHub hub;
    private final Function<Caller, Future<List<JsonObject>>> runningOrders;
    private final Function<JsonObject, Future<JsonObject>> bills;
    private final StationScopes scopes;

    /**
     * Endpoints over {@code hub}.
     *
     * @param runningOrders a driver's running orders, for the snapshot on connect
     * @param bills         the detail of the order an event names, as its driver sees it, sent when it settles
     * @param scopes        the stations an admin may see
     */
    public LiveRoutes(Vertx vertx, LiveHub hub, Function<Caller, Future<List<JsonObject>>> runningOrders,
                      Function<JsonObject, Future<JsonObject>> bills, StationScopes scopes) {
        this.vertx = vertx;
        this.hub = hub;
        this.runningOrders = runningOrders;
        this.bills = bills;
        this.scopes = scopes;
        hub.onOrderEvent(this::afterOrderEvent);
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("driverLive", this::connect, "adminLive", this::connect);
    }

    private void connect(RoutingContext rc) {
        Caller caller = AccessGuard.caller(rc);
        Instant expiresAt = rc.get(AccessGuard.EXPIRES_AT);
        // Upgrade first (the request must not be read to its end before), then find what the client may see.
        rc.request().toWebSocket().onFailure(rc::fail).onSuccess(ws -> {
            ws.pause();
            scopes.of(caller).onFailure(e -> {
                LOG.warn("live socket refused, scope unknown [user: {}]: {}", caller.userId(), e.getMessage());
                ws.close(TRY_AGAIN_LATER, "try again later");
            }).onSuccess(scope -> {
                opened(new LiveClient(caller, ws, scope::allowsPile), caller, expiresAt);
                ws.resume();
            });
        });
    }

    private void opened(LiveClient client, Caller caller, Instant expiresAt) {
        ServerWebSocket ws = client.socket();
        hub.add(client);
        long expiry = vertx.setTimer(Math.max(1, Duration.between(Instant.now(), expiresAt).toMillis()), id -> {
            LOG.debug("live socket closed at token expiry [user: {}, kind: {}]", caller.userId(), caller.kind());
            client.send(new JsonObject().put("type", "token.expired"));
            ws.close(TOKEN_EXPIRED, TOKEN_EXPIRED_REASON);
        });
        ws.closeHandler(v -> {
            vertx.cancelTimer(expiry);
            hub.remove(client);
        });
        ws.exceptionHandler(e -> LOG.debug("live client failed [user: {}]: {}", caller.userId(), e.getMessage()));
        ws.textMessageHandler(text -> {
            if ("ping".equals(text.trim())) {
                client.send(new JsonObject().put("type", "pong"));
            }
        });
        client.send(new JsonObject().put("type", "hello").put("kind", caller.kind().name()).put("tenantId", caller.tenantId())
                .put("expiresAt", expiresAt.toString()));
        if (caller.kind() == Caller.Kind.DRIVER) {
            runningOrders.apply(caller).onSuccess(orders -> client.send(new JsonObject().put("type", "snapshot")
                    .put("orders", new JsonArray(List.copyOf(orders)))));
        }
    }

    private void afterOrderEvent(JsonObject event, Set<LiveClient> drivers) {
        if (!"order.state".equals(event.getString("type")) || !"SETTLED".equals(event.getString("toState"))) {
            return;
        }
        bills.apply(event)
                .onSuccess(bill -> {
                    JsonObject message = new JsonObject().put("type", "order.finished").put("orderId", event.getLong("orderId"))
                            .put("bill", bill);
                    drivers.forEach(d -> d.send(message));
                })
                .onFailure(e -> LOG.warn("bill not sent [order: {}]: {}", event.getLong("orderId"), e.getMessage()));
    }
}
