package io.chargeway.core.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.core.db.BatchedLookup;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.tariff.TariffJson;
import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of {@code charge_orders}. Works on a pool or on the connection of the caller's transaction.
 * Every state change goes through {@link #move}: one conditional update that also appends the
 * transition to the order's {@code history}, so two nodes racing on one order make exactly one
 * transition and the history always matches the state.
 */
public final class OrderRepository {

    private static final String INSERT_INTO = "INSERT INTO charge_orders (trade_serial, tenant_id, station_id, pile_id, pile_no,"
            + " gun_no, member_id, payer_type, trigger_type, mode, limit_value, state, hold_gift_fen, hold_cash_fen,"
            + " tariff_model_no, tariff_json, physical_card_no, logical_card_no, vin, created_at, start_deadline, updated_at,"
            + " history) VALUES ";
    /** One order's values (with its first transition), as {@link #addInsertParams} binds them. */
    private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " JSON_ARRAY(JSON_OBJECT('from', NULL, 'to', ?, 'cause', ?, 'at', ?)))";
    private static final String INSERT = INSERT_INTO + INSERT_ROW;
    /** Appends a transition from the row's current state; must be assigned before {@code state}. */
    static final String APPEND_HISTORY = "history = JSON_ARRAY_APPEND(history, '$', JSON_OBJECT('from', state, 'to', ?,"
            + " 'cause', ?, 'at', ?))";

    private OrderRepository() {
    }

    /**
     * Inserts an order and its first transition.
     *
     * @return the new id; failed with the client's duplicate-key error when the serial exists or the
     *         gun is held by another running order
     */
    public static Future<Long> insert(SqlClient conn, NewOrder o) {
        Tuple params = Tuple.tuple();
        addInsertParams(params, o);
        return conn.preparedQuery(INSERT).execute(params).map(rows -> (Long) rows.property(MySQLClient.LAST_INSERTED_ID));
    }

    private static void addInsertParams(Tuple params, NewOrder o) {
        params.addString(o.tradeSerial()).addLong(o.tenantId()).addLong(o.stationId())
                .addLong(o.pileId()).addString(o.pileNo()).addInteger(o.gun()).addValue(o.memberId() > 0 ? o.memberId() : null)
                .addString(o.memberId() > 0 ? "MEMBER_WALLET" : "NONE").addString(o.trigger()).addString(o.mode().name())
                .addLong(o.limitValue()).addString(o.state().name()).addLong(o.hold().giftFen()).addLong(o.hold().cashFen())
                .addInteger(o.tariff().modelNo()).addString(TariffJson.encode(o.tariff())).addString(o.physicalCardNo())
                .addString(o.logicalCardNo()).addString(o.vin()).addLocalDateTime(UtcDateTimes.toColumn(o.at()))
                .addLocalDateTime(UtcDateTimes.toColumn(o.startDeadline())).addLocalDateTime(UtcDateTimes.toColumn(o.at()))
                .addString(o.state().name()).addString(cut(o.cause())).addString(HistoryTime.format(o.at()));
    }

    /**
     * Inserts orders and their first transitions in one statement.
     *
     * @return their ids by trade serial (read back by serial: ids of a multi-row insert are
     *         consecutive only under some auto-increment lock modes); failed with the client's
     *         duplicate-key error when a serial exists or a gun is held, and then nothing is inserted
     */
    public static Future<Map<String, Long>> insertAll(SqlClient conn, List<NewOrder> orders) {
        StringBuilder sql = new StringBuilder(INSERT_INTO);
        Tuple params = Tuple.tuple();
        Tuple serials = Tuple.tuple();
        for (int i = 0; i < orders.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(INSERT_ROW);
            addInsertParams(params, orders.get(i));
            serials.addString(orders.get(i).tradeSerial());
        }
        return conn.preparedQuery(sql.toString()).execute(params)
                .compose(v -> conn.preparedQuery("SELECT id, trade_serial FROM charge_orders FORCE INDEX (uk_charge_orders_trade_serial)"
                        + " WHERE trade_serial IN (" + LedgerRepository.placeholders(orders.size()) + ")").execute(serials))
                .map(rows -> {
                    Map<String, Long> ids = new HashMap<>();
                    rows.forEach(r -> ids.put(r.getString("trade_serial"), r.getLong("id")));
                    return ids;
                });
    }

    /**
     * Applies {@code change} if the order is still in state {@code from}.
     *
     * @return whether it was applied (false: another node moved the order first)
     * @throws IllegalArgumentException if the state machine does not allow the move
     */
    public static Future<Boolean> move(SqlClient conn, long orderId, OrderState from, OrderChange change) {
        if (!from.canMoveTo(change.target())) {
            throw new IllegalArgumentException("order " + orderId + " cannot move from " + from + " to " + change.target());
        }
        StringBuilder sql = new StringBuilder("UPDATE charge_orders SET " + APPEND_HISTORY + ", state = ?, updated_at = ?");
        Tuple params = Tuple.tuple().addString(change.target().name()).addString(change.cause())
                .addString(HistoryTime.format(change.at())).addString(change.target().name())
                .addLocalDateTime(UtcDateTimes.toColumn(change.at()));
        for (Map.Entry<String, Object> c : change.columns().entrySet()) {
            sql.append(", ").append(c.getKey()).append(" = ?");
            params.addValue(c.getValue());
        }
        sql.append(" WHERE id = ? AND state = ?");
        params.addLong(orderId).addString(from.name());
        return conn.preparedQuery(sql.toString()).execute(params).map(rows -> rows.rowCount() == 1);
    }

    /**
     * Applies {@code change} to the order holding a gun if it is in state {@code from}, in one
     * statement. The gun's running order is found by a derived table (a non-locking read of the
     * running-order key) and then changed by id: locking by that secondary key and then the row
     * would deadlock with a settlement that holds the row and rewrites the key.
     *
     * @return the id of the order moved, or null when no order of the gun was in {@code from}
     */
    public static Future<Long> moveHolding(SqlClient conn, String pileNo, int gun, OrderState from, OrderChange change) {
        if (!from.canMoveTo(change.target()) || !from.holdsGun()) {
            throw new IllegalArgumentException("a running order cannot move from " + from + " to " + change.target());
        }
        StringBuilder sql = new StringBuilder("UPDATE charge_orders SET " + APPEND_HISTORY + ", state = ?, updated_at = ?");
        Tuple params = Tuple.tuple().addString(change.target().name()).addString(change.cause())
                .addString(HistoryTime.format(change.at())).addString(change.target().name())
                .addLocalDateTime(UtcDateTimes.toColumn(change.at()));
        for (Map.Entry<String, Object> c : change.columns().entrySet()) {
            sql.append(", ").append(c.getKey()).append(" = ?");
            params.addValue(c.getValue());
        }
        sql.append(", id = LAST_INSERT_ID(id) WHERE id = (SELECT x.id FROM (SELECT o.id FROM charge_orders o"
                + " JOIN piles p ON p.id = o.active_pile_id WHERE p.pile_no = ? AND o.active_gun_no = ?) x) AND state = ?");
        params.addString(pileNo).addInteger(gun).addString(from.name());
        return conn.preparedQuery(sql.toString()).execute(params).map(rows -> rows.rowCount() == 1
                ? (Long) rows.property(MySQLClient.LAST_INSERTED_ID) : null);
    }

    /**
     * Orders by id, without locks, for {@link BatchedLookup} (the list padded by {@link BatchedLookup#padded}).
     *
     * @return the orders found, by id
     */
    static Future<Map<Long, OrderRow>> byIds(SqlClient conn, List<Long> ids) {
        List<Long> padded = BatchedLookup.padded(ids);
        return list(conn, "SELECT " + OrderRow.COLUMNS + " FROM charge_orders WHERE id IN ("
                + LedgerRepository.placeholders(padded.size()) + ")", Tuple.wrap(padded)).map(rows -> {
                    Map<Long, OrderRow> byId = new HashMap<>();
                    rows.forEach(o -> byId.put(o.id(), o));
                    return byId;
                });
    }

    /** One order by trade serial, optionally locked; null when there is none. */
    public static Future<OrderRow> bySerial(SqlClient conn, String tradeSerial, boolean lock) {
        return conn.preparedQuery("SELECT " + OrderRow.COLUMNS + " FROM charge_orders WHERE trade_serial = ?"
                + (lock ? " FOR UPDATE" : "")).execute(Tuple.of(tradeSerial)).map(rows -> {
                    for (Row r : rows) {
                        return OrderRow.read(r);
                    }
                    return null;
                });
    }

    /** A member's orders that are starting or charging, locked, in id order. */
    public static Future<List<OrderRow>> runningOfMember(SqlClient conn, long tenantId, long memberId) {
        return list(conn, "SELECT " + OrderRow.COLUMNS + " FROM charge_orders FORCE INDEX (idx_charge_orders_member)"
                + " WHERE tenant_id = ? AND member_id = ?"
                + " AND state IN ('STARTING', 'CHARGING') ORDER BY id FOR UPDATE", Tuple.of(tenantId, memberId));
    }

    /** Ids of orders in {@code state} whose {@code column} is before {@code before}, oldest first. */
    public static Future<List<Long>> overdue(SqlClient conn, OrderState state, String column, Instant before, int limit) {
        if (!column.equals("start_deadline") && !column.equals("stopped_at")) {
            throw new IllegalArgumentException("not a deadline column: " + column);
        }
        return conn.preparedQuery("SELECT id FROM charge_orders WHERE state = ? AND " + column + " < ? ORDER BY " + column
                + " LIMIT ?").execute(Tuple.of(state.name(), UtcDateTimes.toColumn(before), limit)).map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getLong("id")));
                    return ids;
                });
    }

    /** One order by id only, locked; null when there is none (for sweeps, which span tenants). */
    public static Future<OrderRow> lockById(SqlClient conn, long orderId) {
        return list(conn, "SELECT " + OrderRow.COLUMNS + " FROM charge_orders WHERE id = ? FOR UPDATE", Tuple.of(orderId))
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** One order by id only, not locked; null when there is none. */
    public static Future<OrderRow> readById(SqlClient client, long orderId) {
        return list(client, "SELECT " + OrderRow.COLUMNS + " FROM charge_orders WHERE id = ?", Tuple.of(orderId))
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private static String cut(String cause) {
        return cause.length() > 255 ? cause.substring(0, 255) : cause;
    }

    private static Future<List<OrderRow>> list(SqlClient conn, String sql, Tuple params) {
        return conn.preparedQuery(sql).execute(params).map(rows -> {
            List<OrderRow> out = new ArrayList<>();
            rows.forEach(r -> out.add(OrderRow.read(r)));
            return out;
        });
    }
}
