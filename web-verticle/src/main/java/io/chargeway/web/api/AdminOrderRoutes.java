package io.chargeway.web.api;

import java.time.Instant;
import java.util.Map;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.MemberQuery;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderListQuery;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The admin's order, member and pile command routes, within the tenant of the token (platform
 * admins name a {@code tenantId}). Calls the orders feature ({@link OrderAddresses}) and, for pile
 * commands, the core's command router after checking the pile belongs to the tenant.
 */
public final class AdminOrderRoutes {

    private final CoreClient core;

    /** Routes calling the core through {@code core}. */
    public AdminOrderRoutes(CoreClient core) {
        this.core = core;
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("adminListOrders", this::list, "adminGetOrder", this::get, "adminStopOrder", this::stop,
                "adminGetMember", this::member, "adminGetMemberWallet", this::wallet, "adminAdjustBalance", this::adjust,
                "adminPileCommand", this::command, "adminExportOrders", new OrderCsvExport(core)::export);
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

    private static void answer(RoutingContext rc, int status, Future<JsonObject> reply) {
        reply.onFailure(rc::fail).onSuccess(body -> Responses.json(rc, status, body));
    }

    /** The list query of an admin's order search. */
    static OrderListQuery query(RoutingContext rc, long beforeId, int limit) {
        JsonObject in = input(rc);
        return new OrderListQuery(tenant(rc), in.getLong("memberId", 0L), in.getLong("stationId", 0L), in.getString("pileNo"),
                in.getString("state"), instant(in.getString("from")), instant(in.getString("to")), beforeId, limit);
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }

    private void list(RoutingContext rc) {
        answer(rc, 200, core.request(OrderAddresses.ORDERS_LIST, query(rc, input(rc).getLong("beforeId", 0L),
                input(rc).getInteger("limit", 50))));
    }

    private void get(RoutingContext rc) {
        answer(rc, 200, core.request(OrderAddresses.ORDERS_GET, new OrderQuery(tenant(rc), input(rc).getLong("orderId"), null)));
    }

    private void stop(RoutingContext rc) {
        answer(rc, 200, core.request(OrderAddresses.ORDERS_STOP, new StopOrder(tenant(rc), input(rc).getLong("orderId"), 0)));
    }

    private void member(RoutingContext rc) {
        answer(rc, 200, core.request(OrderAddresses.MEMBERS_GET, new MemberQuery(tenant(rc), input(rc).getLong("memberId"))));
    }

    private void wallet(RoutingContext rc) {
        answer(rc, 200, core.request(OrderAddresses.WALLET_GET, new WalletQuery(tenant(rc), input(rc).getLong("memberId"))));
    }

    private void adjust(RoutingContext rc) {
        JsonObject b = input(rc).getJsonObject("body");
        Caller c = AccessGuard.caller(rc);
        WalletAdjustment adjustment = new WalletAdjustment(tenant(rc), input(rc).getLong("memberId"), b.getString("balance", "CASH"),
                b.getLong("amountFen"), b.getString("reason"), "admin:" + c.userId(), b.getString("requestId"));
        answer(rc, 200, core.request(OrderAddresses.WALLET_ADJUST, adjustment));
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
