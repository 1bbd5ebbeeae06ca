package io.chargeway.web.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.ScheduleTariff;
import io.chargeway.contract.order.TariffScheduleQuery;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Tariff scheduling through the orders feature: schedule a tariff (an existing, enabled one, or a
 * new one from four rates and 48 half-hour slots) for a station or one of its piles from a time
 * on; at that time the core makes it effective and pushes it to the piles. The tenant comes from
 * the token; a station of another tenant, or outside a station owner's or agent's stations, is
 * "not found". Creating, changing and disabling tariffs is the core admin's ({@code tariff.*}).
 */
public final class TariffRoutes {

    private final CoreClient core;

    /** Routes calling the core through {@code core}. */
    public TariffRoutes(CoreClient core) {
        this.core = core;
    }

    /** The handlers by their {@code x-handler} names. */
    public Map<String, Handler<RoutingContext>> handlers() {
        return Map.of("scheduleTariff", this::schedule, "listTariffSchedules", this::list);
    }

    private void schedule(RoutingContext rc) {
        Caller c = AccessGuard.caller(rc);
        JsonObject in = AdminOrderRoutes.input(rc);
        JsonObject b = in.getJsonObject("body");
        List<Rate> rates = new ArrayList<>();
        for (Object o : b.getJsonArray("rates", new JsonArray())) {
            JsonObject r = (JsonObject) o;
            rates.add(new Rate(r.getLong("electricityMilliFenPerKwh"), r.getLong("serviceMilliFenPerKwh")));
        }
        List<Integer> slots = new ArrayList<>();
        String text = b.getString("slots", "");
        for (int i = 0; i < text.length(); i++) {
            slots.add(text.charAt(i) - '0');
        }
        String from = b.getString("effectiveFrom");
        ScheduleTariff request = new ScheduleTariff(AdminOrderRoutes.tenant(rc), in.getLong("stationId"), b.getString("pileNo"),
                b.getLong("tariffId", 0L), b.getString("name"), rates, b.getInteger("lossRatioPercent", 0), slots,
                from == null ? null : Instant.parse(from), "admin:" + c.userId());
        JsonObject station = new JsonObject().put("stationId", in.getLong("stationId"));
        // The station must be in the caller's scope (owners and agents: theirs), and a named tariff enabled.
        core.call(WebAddresses.ADMIN, "station.get", c, station)
                .compose(s -> request.tariffId() == 0 ? Future.succeededFuture()
                        : core.call(WebAddresses.ADMIN, "tariff.get", c, new JsonObject().put("tariffId", request.tariffId()))
                                .compose(t -> t.getBoolean("enabled", false) ? Future.succeededFuture()
                                        : Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "tariff " + request.tariffId()
                                                + " is disabled"))))
                .compose(v -> core.request(OrderAddresses.TARIFFS_SCHEDULE, request))
                .onFailure(rc::fail).onSuccess(v -> Responses.json(rc, 201, v));
    }

    private void list(RoutingContext rc) {
        JsonObject in = AdminOrderRoutes.input(rc);
        long tenant = AdminOrderRoutes.tenant(rc);
        // The station must be the caller's: an empty list for another tenant's station would confirm it exists.
        core.call(WebAddresses.ADMIN, "station.get", AccessGuard.caller(rc), new JsonObject().put("stationId", in.getLong("stationId")))
                .compose(station -> core.request(OrderAddresses.TARIFFS_SCHEDULES,
                        new TariffScheduleQuery(tenant, in.getLong("stationId"))))
                .onFailure(rc::fail).onSuccess(v -> Responses.json(rc, 200, v));
    }
}
