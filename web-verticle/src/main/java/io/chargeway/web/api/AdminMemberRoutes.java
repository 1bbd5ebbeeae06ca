package io.chargeway.web.api;

import java.util.Map;

import io.chargeway.contract.order.MemberQuery;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.web.Caller;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The admin's member routes served by the orders feature ({@link OrderAddresses}): a member with
 * cards and vehicles, its wallet, and balance adjustments with a reason, within the tenant of the
 * token (platform admins name a {@code tenantId}). Search and disabling are the core admin's
 * ({@code member.search}, {@code member.set-status}, bound from the document).
 */
public final class AdminMemberRoutes {

    private final CoreClient core;

    /** Routes calling the core through {@code core}. */
    public AdminMemberRoutes(CoreClient core) {
        this.core = core;
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("adminGetMember", this::member, "adminGetMemberWallet", this::wallet, "adminAdjustBalance", this::adjust);
    }

    private void member(RoutingContext rc) {
        AdminOrderRoutes.answer(rc, 200, core.request(OrderAddresses.MEMBERS_GET, new MemberQuery(AdminOrderRoutes.tenant(rc),
                AdminOrderRoutes.input(rc).getLong("memberId"))));
    }

    private void wallet(RoutingContext rc) {
        AdminOrderRoutes.answer(rc, 200, core.request(OrderAddresses.WALLET_GET, new WalletQuery(AdminOrderRoutes.tenant(rc),
                AdminOrderRoutes.input(rc).getLong("memberId"))));
    }

    private void adjust(RoutingContext rc) {
        JsonObject b = AdminOrderRoutes.input(rc).getJsonObject("body");
        Caller c = AccessGuard.caller(rc);
        WalletAdjustment adjustment = new WalletAdjustment(AdminOrderRoutes.tenant(rc), AdminOrderRoutes.input(rc).getLong("memberId"),
                b.getString("balance", "CASH"), b.getLong("amountFen"), b.getString("reason"), "admin:" + c.userId(),
                b.getString("requestId"));
        AdminOrderRoutes.answer(rc, 200, core.request(OrderAddresses.WALLET_ADJUST, adjustment));
    }
}
