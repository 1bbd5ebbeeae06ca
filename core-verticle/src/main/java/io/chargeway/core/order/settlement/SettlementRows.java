package io.chargeway.core.order.settlement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.json.BusJson;
import io.chargeway.core.db.CaseById;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.order.HistoryTime;
import io.chargeway.core.order.OrderRow;
import io.chargeway.core.order.PileStopCategory;
import io.chargeway.core.order.SettlementFigures;
import io.chargeway.core.wallet.Charge;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * The SQL of a settlement batch, each a single statement for the whole batch: lock the orders,
 * insert the settlements, move the orders to SETTLED from their settlement rows (with the
 * transition in their history), and store the raw records in the registry's {@code transaction_records}.
 */
final class SettlementRows {

    private static final int NOTES_MAX = 512;
    private static final int REASON_MAX = 160;

    private SettlementRows() {
    }

    /** Locks the orders of {@code serials} in serial order; answers them by serial (missing ones absent). */
    static Future<Map<String, OrderRow>> lockOrders(SqlConnection conn, Collection<String> serials) {
        List<String> sorted = serials.stream().sorted().toList();
        Tuple params = Tuple.tuple();
        sorted.forEach(params::addString);
        return conn.preparedQuery("SELECT " + OrderRow.COLUMNS + " FROM charge_orders"
                + " FORCE INDEX (uk_charge_orders_trade_serial) WHERE trade_serial IN ("
                + LedgerRepository.placeholders(sorted.size()) + ") ORDER BY trade_serial FOR UPDATE").execute(params).map(rows -> {
                    Map<String, OrderRow> out = new HashMap<>();
                    rows.forEach(r -> {
                        OrderRow o = OrderRow.read(r);
                        out.put(o.tradeSerial(), o);
                    });
                    return out;
                });
    }

    /** Inserts the settlements and moves the orders to SETTLED (recording the transition in their history). */
    static Future<Void> insert(SqlConnection conn, List<Row> rows, Instant now) {
        StringBuilder sql = new StringBuilder("INSERT INTO order_settlements (order_id, trade_serial, tenant_id, from_state,"
                + " sharp_deci_wh,"
                + " peak_deci_wh, flat_deci_wh, valley_deci_wh, energy_deci_wh, electricity_fen, service_fen, amount_fen,"
                + " pile_amount_centi_fen, discrepancy_fen, flagged, notes, from_gift_fen, from_cash_fen, to_arrears_fen,"
                + " session_started_at, session_ended_at, stop_reason_code, stop_category, stop_reason, settled_at) VALUES ");
        Tuple params = Tuple.tuple();
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            rows.get(i).addTo(params, now);
        }
        return conn.preparedQuery(sql.toString()).execute(params)
                .compose(v -> settleOrders(conn, rows, now))
                .mapEmpty();
    }

    /**
     * Moves the orders to SETTLED with their settled figures, in one single-table UPDATE whose
     * per-order values come from a CASE over the batch (cheaper for the server than joining the
     * settlement rows). The history entry, assigned before the state, records the state each order
     * was locked in (MariaDB assigns a single-table UPDATE's columns from left to right), and reads
     * like one written by the order's other moves.
     */
    private static Future<Void> settleOrders(SqlConnection conn, List<Row> rows, Instant now) {
        String byId = CaseById.sql(rows.size());
        String update = "UPDATE charge_orders SET history = JSON_ARRAY_APPEND(history, '$', JSON_OBJECT('from', state, 'to', 'SETTLED',"
                + " 'cause', " + byId + ", 'at', ?)), state = 'SETTLED', energy_deci_wh = " + byId + ", amount_fen = " + byId
                + ", hold_gift_fen = 0, hold_cash_fen = 0, settled_at = ?, started_at = COALESCE(started_at, CAST(" + byId
                + " AS DATETIME(3))), stopped_at = COALESCE(stopped_at, CAST(" + byId + " AS DATETIME(3))), updated_at = ?"
                + " WHERE id IN (" + LedgerRepository.placeholders(rows.size()) + ")";
        LocalDateTime settledAt = UtcDateTimes.toColumn(now);
        ToLongFunction<Row> id = r -> r.order().id();
        Tuple params = Tuple.tuple();
        CaseById.add(params, rows, id, r -> "transaction record (0x3B): " + r.figures().price().totalFen() + " fen, stop "
                + Row.cut(r.stopReason(), REASON_MAX));
        params.addString(HistoryTime.format(now));
        CaseById.add(params, rows, id, r -> r.record().totalEnergyDeciWh());
        CaseById.add(params, rows, id, r -> r.figures().price().totalFen());
        params.addLocalDateTime(settledAt);
        CaseById.add(params, rows, id, r -> UtcDateTimes.toColumn(r.record().startedAt()));
        CaseById.add(params, rows, id, r -> UtcDateTimes.toColumn(r.record().endedAt()));
        params.addLocalDateTime(settledAt);
        rows.forEach(r -> params.addLong(r.order().id()));
        return conn.preparedQuery(update).execute(params).mapEmpty();
    }

    /** Stores each record as received, once per trade serial (the registry's record of 0x3B). */
    static Future<Void> storeRecords(SqlConnection conn, List<Row> rows, Instant now) {
        StringBuilder sql = new StringBuilder("INSERT INTO transaction_records (trade_serial, tenant_id, pile_id, pile_no, gun_no,"
                + " started_at, ended_at, total_energy_deci_wh, total_amount_centi_fen, stop_reason_code, record_json,"
                + " received_at, created_at) VALUES ");
        Tuple params = Tuple.tuple();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            TransactionRecorded rec = r.record();
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addString(rec.tradeSerial()).addLong(r.order().tenantId()).addLong(r.order().pileId())
                    .addString(r.order().pileNo()).addInteger(rec.gun())
                    .addLocalDateTime(UtcDateTimes.toColumn(rec.startedAt()))
                    .addLocalDateTime(UtcDateTimes.toColumn(rec.endedAt())).addLong(rec.totalEnergyDeciWh())
                    .addLong(rec.totalAmountCentiFen()).addInteger(rec.stopReasonCode()).addString(BusJson.encode(r.raw()))
                    .addLocalDateTime(UtcDateTimes.toColumn(rec.at() != null ? rec.at() : now))
                    .addLocalDateTime(UtcDateTimes.toColumn(now));
        }
        sql.append(" ON DUPLICATE KEY UPDATE id = id");
        return conn.preparedQuery(sql.toString()).execute(params).mapEmpty();
    }

    /**
     * One order's settlement row.
     *
     * @param order   the order before settlement
     * @param record  the record
     * @param raw     the record as received
     * @param figures the platform's figures
     * @param charge  where the money came from
     * @param notes   what was found
     */
    record Row(OrderRow order, TransactionRecorded record, JsonObject raw, SettlementFigures figures, Charge charge,
               List<String> notes) {

        void addTo(Tuple p, Instant now) {
            String reason = stopReason();
            String joined = String.join("; ", notes);
            p.addLong(order.id()).addString(order.tradeSerial()).addLong(order.tenantId()).addString(order.state().name())
                    .addLong(figures.energy().sharpDeciWh()).addLong(figures.energy().peakDeciWh())
                    .addLong(figures.energy().flatDeciWh()).addLong(figures.energy().valleyDeciWh())
                    .addLong(record.totalEnergyDeciWh()).addLong(figures.price().electricityFen())
                    .addLong(figures.price().serviceFen()).addLong(figures.price().totalFen()).addLong(record.totalAmountCentiFen())
                    .addLong(figures.discrepancyFen()).addBoolean(!notes.isEmpty())
                    .addString(joined.isEmpty() ? null : cut(joined, NOTES_MAX))
                    .addLong(charge.fromGiftFen()).addLong(charge.fromCashFen()).addLong(charge.toArrearsFen())
                    .addLocalDateTime(UtcDateTimes.toColumn(record.startedAt()))
                    .addLocalDateTime(UtcDateTimes.toColumn(record.endedAt()))
                    .addInteger(record.stopReasonCode()).addString(PileStopCategory.of(record.stopReasonCode()).name())
                    .addString(cut(reason, REASON_MAX)).addLocalDateTime(UtcDateTimes.toColumn(now));
        }

        private String stopReason() {
            String words = record.stopReason() == null || record.stopReason().isBlank() ? "no reason given" : record.stopReason();
            return "0x" + HexFormat.of().withUpperCase().toHexDigits((byte) record.stopReasonCode()) + " " + words;
        }

        private static String cut(String s, int max) {
            return s.length() > max ? s.substring(0, max) : s;
        }
    }
}
