package io.chargeway.core.order;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.OrderListQuery;
import io.chargeway.contract.order.OrderPage;
import io.chargeway.contract.order.OrderTransitionView;
import io.chargeway.contract.order.OrderView;
import io.chargeway.core.db.UtcDateTimes;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Read side of orders for the web: views joined with their settlement, pages by member, station,
 * pile, state and time (served by the indexes on tenant + member/station + id and tenant + time),
 * and transitions.
 */
public final class OrderViews {

    private static final String VIEW = "SELECT o.id, o.trade_serial, o.tenant_id, o.station_id, o.pile_no, o.gun_no,"
            + " o.member_id, o.payer_type, o.trigger_type, o.mode, o.limit_value, o.state, o.hold_gift_fen + o.hold_cash_fen AS hold,"
            + " o.tariff_model_no, COALESCE(s.energy_deci_wh, o.energy_deci_wh) AS energy, o.amount_fen, s.electricity_fen,"
            + " s.service_fen, s.pile_amount_centi_fen, s.flagged, o.occupancy_fee_fen, o.stop_cause, s.stop_reason_code,"
            + " COALESCE(s.stop_reason, o.failure_reason) AS stop_reason, o.created_at,"
            + " COALESCE(s.session_started_at, o.started_at) AS started_at, s.session_ended_at, o.settled_at"
            + " FROM charge_orders o LEFT JOIN order_settlements s ON s.order_id = o.id";
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 200;

    private OrderViews() {
    }

    /**
     * One order by id or serial.
     *
     * @return the view; failed with {@link ErrorCode#NOT_FOUND} if there is none of that tenant
     */
    public static Future<OrderView> one(SqlClient client, long tenantId, long orderId, String tradeSerial) {
        String where = orderId > 0 ? " WHERE o.id = ? AND o.tenant_id = ?" : " WHERE o.trade_serial = ? AND o.tenant_id = ?";
        Tuple params = orderId > 0 ? Tuple.of(orderId, tenantId) : Tuple.of(tradeSerial, tenantId);
        return client.preparedQuery(VIEW + where).execute(params).compose(rows -> {
            for (Row r : rows) {
                return Future.succeededFuture(read(r));
            }
            return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND,
                    "order " + (orderId > 0 ? orderId : tradeSerial) + " does not exist"));
        });
    }

    /** The view of a running order this node holds in memory (no settlement figures yet). */
    public static OrderView of(OrderRow o) {
        return new OrderView(o.id(), o.tradeSerial(), o.tenantId(), o.stationId(), o.pileNo(), o.gun(), o.memberId(),
                o.paidByMember() ? "MEMBER_WALLET" : "NONE", o.trigger(), o.mode().name(), o.limitValue(), o.state().name(),
                o.state().holdsGun() ? o.hold().totalFen() : 0, o.tariff().modelNo(), 0, 0, 0, 0, 0, false, 0, null, 0, null,
                o.createdAt(), o.startedAt(), null, null);
    }

    /**
     * A page of orders, newest first.
     *
     * @return the page; failed with {@link ErrorCode#BAD_REQUEST} for a bad limit or state
     */
    public static Future<OrderPage> page(SqlClient client, OrderListQuery q) {
        int limit = q.limit() == 0 ? DEFAULT_PAGE : q.limit();
        if (limit < 1 || limit > MAX_PAGE || q.tenantId() <= 0) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "a page needs a tenant and a limit of 1.."
                    + MAX_PAGE));
        }
        StringBuilder sql = new StringBuilder(VIEW).append(" WHERE o.tenant_id = ?");
        Tuple params = Tuple.tuple().addLong(q.tenantId());
        filter(sql, params, q);
        sql.append(" ORDER BY o.id DESC LIMIT ?");
        params.addInteger(limit + 1);
        return client.preparedQuery(sql.toString()).execute(params).map(rows -> {
            List<OrderView> views = new ArrayList<>();
            rows.forEach(r -> views.add(read(r)));
            boolean more = views.size() > limit;
            List<OrderView> page = more ? views.subList(0, limit) : views;
            return new OrderPage(List.copyOf(page), more ? page.get(limit - 1).orderId() : 0);
        });
    }

    /** Every transition of an order, oldest first (from its history). */
    public static Future<List<OrderTransitionView>> transitions(SqlClient client, long orderId) {
        return client.preparedQuery("SELECT history FROM charge_orders WHERE id = ?").execute(Tuple.of(orderId)).map(rows -> {
            List<OrderTransitionView> out = new ArrayList<>();
            for (Row r : rows) {
                Object value = r.getValue("history");
                JsonArray history = value instanceof JsonArray a ? a : new JsonArray(String.valueOf(value));
                for (int i = 0; i < history.size(); i++) {
                    JsonObject t = history.getJsonObject(i);
                    out.add(new OrderTransitionView(t.getString("from"), t.getString("to"), t.getString("cause"),
                            HistoryTime.parse(t.getString("at"))));
                }
            }
            return out;
        });
    }

    private static void filter(StringBuilder sql, Tuple params, OrderListQuery q) {
        if (q.memberId() > 0) {
            sql.append(" AND o.member_id = ?");
            params.addLong(q.memberId());
        }
        if (q.stationId() > 0) {
            sql.append(" AND o.station_id = ?");
            params.addLong(q.stationId());
        }
        if (q.stationIds() != null) {
            sql.append(q.stationIds().isEmpty() ? " AND FALSE" : " AND o.station_id IN (" + "?, ".repeat(q.stationIds().size() - 1) + "?)");
            q.stationIds().forEach(params::addLong);
        }
        if (q.pileNo() != null && !q.pileNo().isBlank()) {
            sql.append(" AND o.pile_no = ?");
            params.addString(q.pileNo());
        }
        if (q.state() != null && !q.state().isBlank()) {
            try {
                params.addString(OrderState.valueOf(q.state()).name());
            } catch (IllegalArgumentException e) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, "unknown order state " + q.state());
            }
            sql.append(" AND o.state = ?");
        }
        if (q.from() != null) {
            sql.append(" AND o.created_at >= ?");
            params.addLocalDateTime(UtcDateTimes.toColumn(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND o.created_at < ?");
            params.addLocalDateTime(UtcDateTimes.toColumn(q.to()));
        }
        if (q.beforeId() > 0) {
            sql.append(" AND o.id < ?");
            params.addLong(q.beforeId());
        }
    }

    private static OrderView read(Row r) {
        Long member = r.getLong("member_id");
        Long pileCentiFen = r.getLong("pile_amount_centi_fen");
        Integer stopCode = r.getInteger("stop_reason_code");
        return new OrderView(r.getLong("id"), r.getString("trade_serial"), r.getLong("tenant_id"), r.getLong("station_id"),
                r.getString("pile_no"), r.getInteger("gun_no"), member == null ? 0 : member, r.getString("payer_type"),
                r.getString("trigger_type"), r.getString("mode"), r.getLong("limit_value"), r.getString("state"),
                r.getNumeric("hold").longValue(), r.getInteger("tariff_model_no"), r.getLong("energy"), r.getLong("amount_fen"),
                orZero(r.getLong("electricity_fen")), orZero(r.getLong("service_fen")),
                pileCentiFen == null ? 0 : io.chargeway.core.pricing.TariffPricing.centiFenToFen(pileCentiFen),
                Boolean.TRUE.equals(r.getBoolean("flagged")), r.getLong("occupancy_fee_fen"), r.getString("stop_cause"),
                stopCode == null ? 0 : stopCode, r.getString("stop_reason"),
                UtcDateTimes.fromColumn(r.getLocalDateTime("created_at")),
                UtcDateTimes.fromColumn(r.getLocalDateTime("started_at")),
                UtcDateTimes.fromColumn(r.getLocalDateTime("session_ended_at")),
                UtcDateTimes.fromColumn(r.getLocalDateTime("settled_at")));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
