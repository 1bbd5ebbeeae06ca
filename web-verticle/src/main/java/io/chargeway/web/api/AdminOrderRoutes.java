package io.chargeway.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderListQuery;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The admin's order and pile command routes, within the tenant of the token (platform admins
 * name a {@code tenantId}) and the caller's {@link StationScopes station scope}: station owners
 * and agents search, read, stop and start only orders of their stations. Calls the orders feature
 * ({@link OrderAddresses}) and, for pile commands and starts, first finds the pile through the
 * core admin, which answers only piles the caller may see.
 */
public final class AdminOrderRoutes {

    private final CoreClient core;
    private final StationScopes scopes;
    private final OrderDetails details;

    /** Routes calling the core through {@code core}. */
    public AdminOrderRoutes(CoreClient core, StationScopes scopes, OrderDetails details) {
        this.core = core;
        this.scopes = scopes;
        this.details = details;
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("adminListOrders", this::list, "adminGetOrder", rc -> answer(rc, 200, visibleOrder(rc)),
                "adminStopOrder", this::stop, "adminStartOrder", this::start, "adminPileCommand", this::command,
                "adminExportOrders", new OrderCsvExport(core, scopes)::export);
    }

    static JsonObject input(RoutingContext rc) {
        return rc.get(RequestValidation.INPUT);
    }

    /**
     * The tenant an admin request acts on.
     *
     * @throws PlatformException {@code BAD_REQUEST} when a platform admin named none
     */
    static long tenant(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        if (!c.platform()) {
            return c.tenantId();
        }
        Long named = input(rc).getLong("tenantId");
        if (named == null) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "platform admins must name the tenantId");
        }
        return named;
    }

    static void answer(RoutingContext rc, int status, Future<JsonObject> reply) {
        reply.onFailure(rc::fail).onSuccess(body -> Responses.json(rc, status, body));
    }

    /**
     * The list query of an admin's order search within {@code scope}, or null when the search names
     * a station outside it (nothing to find).
     */
    static OrderListQuery query(RoutingContext rc, StationScopes.Scope scope, long beforeId, int limit) {
        JsonObject in = input(rc);
        long station = in.getLong("stationId", 0L);
        if (station > 0 && !scope.allowsStation(station) || scope.limited() && scope.stationIds().isEmpty()) {
            return null;
        }
        List<Long> stations = scope.limited() && station == 0 ? scope.stationIds() : null;
        return new OrderListQuery(tenant(rc), in.getLong("memberId", 0L), station, in.getString("pileNo"), in.getString("state"),
                instant(in.getString("from")), instant(in.getString("to")), beforeId, limit, stations);
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }

    private void list(RoutingContext rc) {
        answer(rc, 200, scopes.of(AccessGuard.caller(rc)).compose(scope -> {
            OrderListQuery q = query(rc, scope, input(rc).getLong("beforeId", 0L), input(rc).getInteger("limit", 50));
            return q == null ? Future.succeededFuture(new JsonObject().put("orders", new JsonArray()).put("nextBeforeId", 0))
                    : core.request(OrderAddresses.ORDERS_LIST, q);
        }));
    }

    /** The order detail with its periods, if the order is of a station in the caller's scope; {@code NOT_FOUND} otherwise. */
    private Future<JsonObject> visibleOrder(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        long orderId = input(rc).getLong("orderId");
        return scopes.of(c).compose(scope -> details.detail(WebAddresses.ADMIN, c, tenant(rc), orderId)
                .compose(d -> scope.allowsStation(d.getJsonObject("order", new JsonObject()).getLong("stationId", 0L))
                        ? Future.succeededFuture(d)
                        : Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "order " + orderId + " does not exist"))));
    }

    private void stop(RoutingContext rc) {
        answer(rc, 200, visibleOrder(rc).compose(d -> core.request(OrderAddresses.ORDERS_STOP,
                new StopOrder(tenant(rc), input(rc).getLong("orderId"), 0))));
    }

    private void start(RoutingContext rc) {
        JsonObject b = input(rc).getJsonObject("body");
        long tenant = tenant(rc);
        String mode = b.getString("mode", "FULL");
        StartOrder order = new StartOrder(tenant, b.getLong("memberId"), b.getString("pileNo"), b.getInteger("gunNo"), mode,
                "AMOUNT".equals(mode) ? b.getLong("amountLimitFen", 0L) : 0, "ENERGY".equals(mode) ? b.getLong("energyLimitDeciWh", 0L) : 0,
                "TIME".equals(mode) ? b.getInteger("timeLimitMinutes", 0) : 0);
        answer(rc, 201, core.call(WebAddresses.ADMIN, "pile.get", AccessGuard.caller(rc), new JsonObject().put("pileNo", order.pileNo()))
                .compose(pile -> pile.getLong("tenantId") == tenant ? core.request(OrderAddresses.ORDERS_START, order)
                        : Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no pile " + order.pileNo()))));
    }

    private void command(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        String pileNo = input(rc).getString("pileNo");
        JsonObject json = input(rc).getJsonObject("body").copy().put("pileNo", pileNo);
        if ("command.sync-clock".equals(json.getString("type")) && json.getValue("time") == null) {
            json.put("time", Instant.now().toString());
        }
        PileCommand parsed = BusJson.fromJson(json, PileCommand.class);
        answer(rc, 200, core.call(WebAddresses.ADMIN, "pile.get", c, new JsonObject().put("pileNo", pileNo))
                .compose(pile -> core.request(Addresses.CORE_PILE_COMMAND, BusJson.toJson(parsed))));
    }
}
