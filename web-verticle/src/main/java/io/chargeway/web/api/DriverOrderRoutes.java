package io.chargeway.web.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.MemberQuery;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderListQuery;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.contract.order.WalletEntriesQuery;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The driver's charging, order and wallet routes. The member and tenant always come from the
 * token; an order of another member is "not found". Calls the orders feature's addresses
 * ({@link OrderAddresses}); a start first resolves the gun (by QR code, or pile and gun number)
 * through station search, which answers only guns of the driver's operator.
 */
public final class DriverOrderRoutes {

    /** Order states in which a session is running. */
    public static final Set<String> RUNNING = Set.of("STARTING", "CHARGING", "STOPPING", "AWAITING_RECORD");

    private final CoreClient core;
    private final OrderDetails details;

    /** Routes calling the core through {@code core}. */
    public DriverOrderRoutes(CoreClient core, OrderDetails details) {
        this.core = core;
        this.details = details;
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("startOrder", this::start, "stopOrder", this::stop, "currentOrder", this::current,
                "listMyOrders", this::list, "getMyOrder", this::get, "getWallet", this::wallet, "listWalletEntries", this::entries,
                "getProfile", this::profile);
    }

    private static JsonObject input(RoutingContext rc) {
        return rc.get(RequestValidation.INPUT);
    }

    private static void answer(RoutingContext rc, int status, Future<JsonObject> reply) {
        reply.onFailure(rc::fail).onSuccess(body -> Responses.json(rc, status, body));
    }

    private void start(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        JsonObject b = input(rc).getJsonObject("body");
        if (b.getString("qrCode") == null && (b.getString("pileNo") == null || b.getInteger("gunNo") == null)) {
            rc.fail(new PlatformException(ErrorCode.BAD_REQUEST, "name the gun by qrCode or by pileNo and gunNo"));
            return;
        }
        Future<JsonObject> gun = b.getString("qrCode") != null
                ? core.call(WebAddresses.STATIONS, "guns.by-qr", c, new JsonObject().put("code", b.getString("qrCode")))
                : core.call(WebAddresses.STATIONS, "guns.find", c, new JsonObject().put("pileNo", b.getString("pileNo"))
                        .put("gunNo", b.getInteger("gunNo")));
        answer(rc, 201, gun.compose(g -> {
            String mode = b.getString("mode", "FULL");
            long amount = "AMOUNT".equals(mode) ? b.getLong("amountLimitFen", 0L) : 0;
            long energy = "ENERGY".equals(mode) ? b.getLong("energyLimitDeciWh", 0L) : 0;
            int minutes = "TIME".equals(mode) ? b.getInteger("timeLimitMinutes", 0) : 0;
            StartOrder order = new StartOrder(c.tenantId(), c.userId(), g.getString("pileNo"), g.getInteger("gunNo"), mode, amount,
                    energy, minutes);
            return core.request(OrderAddresses.ORDERS_START, order);
        }));
    }

    private void stop(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        answer(rc, 200, core.request(OrderAddresses.ORDERS_STOP, new StopOrder(c.tenantId(), input(rc).getLong("orderId"), c.userId())));
    }

    /** The member's running orders, newest first, each as its detail (with live progress). */
    public Future<List<JsonObject>> running(Caller c) {
        return core.request(OrderAddresses.ORDERS_LIST, new OrderListQuery(c.tenantId(), c.userId(), 0, null, null, null, null, 0, 20))
                .compose(page -> {
                    List<Future<JsonObject>> details = page.getJsonArray("orders", new JsonArray()).stream()
                            .map(JsonObject.class::cast).filter(o -> RUNNING.contains(o.getString("state")))
                            .map(o -> core.request(OrderAddresses.ORDERS_GET, new OrderQuery(c.tenantId(), o.getLong("orderId"), null)))
                            .toList();
                    return Future.all(details).map(all -> all.<JsonObject>list());
                });
    }

    private void current(RoutingContext rc) {
        answer(rc, 200, running(AccessGuard.caller(rc)).compose(list -> list.isEmpty()
                ? Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no running order"))
                : Future.succeededFuture(list.get(0))));
    }

    private void list(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        JsonObject in = input(rc);
        answer(rc, 200, core.request(OrderAddresses.ORDERS_LIST, new OrderListQuery(c.tenantId(), c.userId(), 0, null,
                in.getString("state"), null, null, in.getLong("beforeId", 0L), in.getInteger("limit", 20))));
    }

    private void get(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        long orderId = input(rc).getLong("orderId");
        answer(rc, 200, details.detail(WebAddresses.DRIVER, c, c.tenantId(), orderId).compose(d -> {
            JsonObject order = d.getJsonObject("order", new JsonObject());
            return order.getLong("memberId", 0L) == c.userId() ? Future.succeededFuture(d)
                    : Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no order " + orderId));
        }));
    }

    private void wallet(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        answer(rc, 200, core.request(OrderAddresses.WALLET_GET, new WalletQuery(c.tenantId(), c.userId())));
    }

    private void entries(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        JsonObject in = input(rc);
        answer(rc, 200, core.request(OrderAddresses.WALLET_ENTRIES, new WalletEntriesQuery(c.tenantId(), c.userId(),
                in.getLong("beforeId", 0L), in.getInteger("limit", 20))));
    }

    private void profile(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        answer(rc, 200, core.request(OrderAddresses.MEMBERS_GET, new MemberQuery(c.tenantId(), c.userId())));
    }
}
