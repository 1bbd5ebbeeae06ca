package io.chargeway.core.admin;

import java.util.List;
import java.util.Locale;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.pricing.PeriodEnergy;
import io.chargeway.core.pricing.PeriodFees;
import io.chargeway.core.pricing.PriceBreakdown;
import io.chargeway.core.tariff.TariffJson;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * {@code order.periods}: a settled order's energy and money per time-of-use period (sharp, peak,
 * flat, valley: energy in 0.0001 kWh, electricity and service fee in fen), as its settlement
 * stored them. Orders settled before the per-period fees were stored are split from their
 * energies and the tariff they ran under with the same rule ({@link PeriodFees}). A driver sees
 * only its own orders; an admin the orders of its tenant and {@link StationScope}. An order not
 * settled yet answers {@code "settled": false} and no periods.
 */
public final class OrderPeriods {

    private static final String QUERY = "SELECT o.id, o.tenant_id, o.member_id, o.station_id, o.tariff_json, s.order_id AS settled,"
            + " s.sharp_deci_wh, s.peak_deci_wh, s.flat_deci_wh, s.valley_deci_wh, s.electricity_fen, s.service_fen,"
            + " s.sharp_electricity_fen, s.sharp_service_fen, s.peak_electricity_fen, s.peak_service_fen, s.flat_electricity_fen,"
            + " s.flat_service_fen, s.valley_electricity_fen, s.valley_service_fen"
            + " FROM charge_orders o LEFT JOIN order_settlements s ON s.order_id = o.id WHERE o.id = ?";

    private final Pool pool;
    private final StationScope scopes;

    /** Periods read from {@code pool}. */
    public OrderPeriods(Pool pool) {
        this.pool = pool;
        this.scopes = new StationScope(pool);
    }

    /** Registers the action. */
    public WebActions register(WebActions actions) {
        return actions.on("order.periods", this::periods);
    }

    private Future<JsonObject> periods(WebRequest r) {
        long orderId = r.input().getLong("orderId");
        Caller c = r.caller();
        return scopes.of(c).compose(scope -> pool.preparedQuery(QUERY + " AND " + scope.condition("o.station_id"))
                .execute(scope.addTo(Tuple.of(orderId)))).compose(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row == null || !visible(c, r.input(), row)) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "order " + orderId + " does not exist"));
                    }
                    return Future.succeededFuture(answer(row));
                });
    }

    private static boolean visible(Caller c, JsonObject input, Row row) {
        if (c.kind() == Caller.Kind.DRIVER) {
            return row.getLong("tenant_id") == c.tenantId() && Long.valueOf(c.userId()).equals(row.getLong("member_id"));
        }
        Long tenant = TenantScope.forRead(c, input);
        return c.kind() == Caller.Kind.ADMIN && (tenant == null || tenant == row.getLong("tenant_id"));
    }

    static JsonObject answer(Row row) {
        JsonObject out = new JsonObject().put("orderId", row.getLong("id"));
        if (row.getLong("settled") == null) {
            return out.put("settled", false).put("periods", new JsonArray());
        }
        PeriodEnergy energy = new PeriodEnergy(row.getLong("sharp_deci_wh"), row.getLong("peak_deci_wh"), row.getLong("flat_deci_wh"),
                row.getLong("valley_deci_wh"));
        PeriodFees fees = row.getLong("sharp_electricity_fen") != null ? stored(row) : PeriodFees.of(
                TariffJson.parse(row.getValue("tariff_json").toString()), energy,
                new PriceBreakdown(row.getLong("electricity_fen"), row.getLong("service_fen")));
        JsonArray periods = new JsonArray();
        for (RatePeriod p : RatePeriod.values()) {
            long e = fees.electricityFen(p);
            long s = fees.serviceFen(p);
            periods.add(new JsonObject().put("period", p.name()).put("energyDeciWh", energy.get(p)).put("electricityFen", e)
                    .put("serviceFen", s).put("amountFen", e + s));
        }
        return out.put("settled", true).put("periods", periods).put("energyDeciWh", energy.totalDeciWh())
                .put("electricityFen", row.getLong("electricity_fen")).put("serviceFen", row.getLong("service_fen"));
    }

    private static PeriodFees stored(Row row) {
        Long[] e = new Long[4];
        Long[] s = new Long[4];
        for (RatePeriod p : RatePeriod.values()) {
            String name = p.name().toLowerCase(Locale.ROOT);
            e[p.code()] = row.getLong(name + "_electricity_fen");
            s[p.code()] = row.getLong(name + "_service_fen");
        }
        return new PeriodFees(List.of(e), List.of(s));
    }
}
