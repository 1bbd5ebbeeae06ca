package io.chargeway.web.api;

import java.util.List;

import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Streams an admin's order search as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read Chinese text): pages of {@value #PAGE} orders are fetched one after another and
 * written as chunks, so an export of any size holds one page in memory. Money in yuan with two
 * decimals, energy in kWh with four. Station owners and agents export their stations' orders only.
 */
public final class OrderCsvExport {

    /** Orders fetched per page. */
    public static final int PAGE = 200;
    private static final List<String> COLUMNS = List.of("orderId", "tradeSerial", "stationId", "pileNo", "gun", "memberId", "trigger",
            "mode", "state", "energyKwh", "amountYuan", "electricityYuan", "serviceYuan", "occupancyFeeYuan", "stopReason", "createdAt",
            "startedAt", "endedAt", "settledAt");

    private final CoreClient core;
    private final StationScopes scopes;

    /** An export reading orders through {@code core}, within the callers' {@code scopes}. */
    public OrderCsvExport(CoreClient core, StationScopes scopes) {
        this.core = core;
        this.scopes = scopes;
    }

    /** The route handler. */
    public void export(RoutingContext rc) {
        AdminOrderRoutes.tenant(rc);
        scopes.of(AccessGuard.caller(rc)).onFailure(rc::fail).onSuccess(scope -> {
            HttpServerResponse response = rc.response().setChunked(true)
                    .putHeader("Content-Type", "text/csv; charset=utf-8")
                    .putHeader("Content-Disposition", "attachment; filename=\"orders.csv\"");
            response.write("\uFEFF" + String.join(",", COLUMNS) + "\r\n");
            if (AdminOrderRoutes.query(rc, scope, 0, PAGE) == null) {
                response.end();
            } else {
                page(rc, scope, response, 0);
            }
        });
    }

    private void page(RoutingContext rc, StationScopes.Scope scope, HttpServerResponse response, long beforeId) {
        core.request(OrderAddresses.ORDERS_LIST, AdminOrderRoutes.query(rc, scope, beforeId, PAGE)).onComplete(ar -> {
            if (ar.failed()) {
                response.reset();
                return;
            }
            StringBuilder chunk = new StringBuilder();
            for (Object o : ar.result().getJsonArray("orders", new JsonArray())) {
                chunk.append(line((JsonObject) o));
            }
            long next = ar.result().getLong("nextBeforeId", 0L);
            Future<Void> written = chunk.isEmpty() ? Future.succeededFuture() : response.write(chunk.toString());
            written.onComplete(w -> {
                if (next == 0 || response.closed()) {
                    response.end();
                } else {
                    page(rc, scope, response, next);
                }
            });
        });
    }

    static String line(JsonObject o) {
        StringBuilder sb = new StringBuilder();
        for (String c : COLUMNS) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(field(value(o, c)));
        }
        return sb.append("\r\n").toString();
    }

    private static String value(JsonObject o, String column) {
        return switch (column) {
            case "energyKwh" -> decimal(o.getLong("energyDeciWh", 0L), 4);
            case "amountYuan" -> decimal(o.getLong("amountFen", 0L), 2);
            case "electricityYuan" -> decimal(o.getLong("electricityFen", 0L), 2);
            case "serviceYuan" -> decimal(o.getLong("serviceFen", 0L), 2);
            case "occupancyFeeYuan" -> decimal(o.getLong("occupancyFeeFen", 0L), 2);
            default -> o.getValue(column) == null ? "" : String.valueOf(o.getValue(column));
        };
    }

    static String decimal(long units, int scale) {
        return java.math.BigDecimal.valueOf(units, scale).toPlainString();
    }

    static String field(String v) {
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+") ? "'" + v : v;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
