package io.chargeway.core.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.OccupancyRuleUpdate;
import io.chargeway.core.db.BatchedLookup;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.AccountKey;
import io.chargeway.core.ledger.JournalKind;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.pricing.OccupancyRule;
import io.chargeway.core.wallet.Charge;
import io.chargeway.core.wallet.Hold;
import io.chargeway.core.wallet.MemberWallet;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Occupancy (idle, 占位) fees: when charging ends with the gun still plugged, the gun's last
 * order gets an open occupancy with the station's rule as it is then; when the gun is unplugged
 * the fee ({@link OccupancyRule}) is charged to the member and credited to the operator in one
 * transaction. Both steps are idempotent: one occupancy per order, closed once.
 */
public final class OccupancyService {

    private static final Logger LOG = LoggerFactory.getLogger(OccupancyService.class);
    /**
     * The last order of each gun asked for, with its station's rule where the station charges one:
     * a plain read (no locks, no transaction to commit), one statement for the guns whose charging
     * ended together ({@link BatchedLookup}), so the common case of a station without a rule costs
     * no write; {@link #OPEN} follows only when there is something to open. Each gun's last order is
     * found through its (pile, gun, id) index in a derived table, then joined by primary key. Only
     * guns whose pile stands at a station that charges ({@link #CHARGING_PILES}) are looked up so.
     */
    private static final String LAST_ORDER = "SELECT MAX(id) AS id FROM charge_orders WHERE pile_no = ? AND gun_no = ?";
    private static final String FIND_RULES = "SELECT o.id, o.tenant_id, o.pile_no, o.gun_no, r.grace_minutes, r.fee_per_minute_fen,"
            + " r.cap_fen FROM (%s) last JOIN charge_orders o ON o.id = last.id"
            + " JOIN station_occupancy_rules r ON r.station_id = o.station_id"
            + " WHERE o.state <> 'FAILED' AND r.fee_per_minute_fen > 0 AND r.cap_fen > 0";
    /**
     * Which of the piles asked for stand at a station that charges occupancy fees: most stations do
     * not, and then this one read on unique keys is all an ended session costs here.
     */
    private static final String CHARGING_PILES = "SELECT p.pile_no FROM piles p FORCE INDEX (uk_piles_pile_no)"
            + " JOIN station_occupancy_rules r ON r.station_id = p.station_id"
            + " WHERE r.fee_per_minute_fen > 0 AND r.cap_fen > 0 AND p.pile_no IN (";
    private static final int MAX_BATCH = 32;
    private static final String OPEN = "INSERT INTO order_occupancies (order_id, tenant_id, pile_no, gun_no, charging_ended_at,"
            + " grace_minutes, fee_per_minute_fen, cap_fen, state, fee_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 0)"
            + " ON DUPLICATE KEY UPDATE order_id = order_id";
    private static final String LOCK_OPEN = "SELECT order_id, charging_ended_at, grace_minutes, fee_per_minute_fen, cap_fen"
            + " FROM order_occupancies FORCE INDEX (idx_order_occupancies_gun) WHERE pile_no = ? AND gun_no = ? AND state = 'OPEN'"
            + " ORDER BY order_id FOR UPDATE";

    private final TransactionRunner tx;
    private final Clock clock;
    private final BatchedLookup<Gun, Row> rules;

    /** Occupancies written through {@code tx}, at most {@code readConcurrency} batched rule lookups at once. */
    public OccupancyService(TransactionRunner tx, Clock clock, int readConcurrency) {
        this.rules = new BatchedLookup<>(guns -> findRules(tx.pool(), guns), MAX_BATCH, readConcurrency);
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Sets a station's rule (a fee of 0 switches occupancy fees off there).
     *
     * @return the rule as stored; failed with {@link ErrorCode#BAD_REQUEST} for values out of range,
     *         {@link ErrorCode#NOT_FOUND} for a station of another tenant
     */
    public Future<OccupancyRuleUpdate> setRule(OccupancyRuleUpdate r) {
        if (r.graceMinutes() < 0 || r.graceMinutes() > 1440 || r.feePerMinuteFen() < 0 || r.capFen() < 0) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "grace must be 0..1440 minutes, fee and cap"
                    + " must not be negative"));
        }
        return tx.pool().preparedQuery("INSERT INTO station_occupancy_rules (station_id, tenant_id, grace_minutes,"
                + " fee_per_minute_fen, cap_fen, updated_at) SELECT id, tenant_id, ?, ?, ?, ? FROM stations WHERE id = ?"
                + " AND tenant_id = ? ON DUPLICATE KEY UPDATE grace_minutes = VALUES(grace_minutes),"
                + " fee_per_minute_fen = VALUES(fee_per_minute_fen), cap_fen = VALUES(cap_fen), updated_at = VALUES(updated_at)")
                .execute(Tuple.of(r.graceMinutes(), r.feePerMinuteFen(), r.capFen(), UtcDateTimes.toColumn(clock.instant()),
                        r.stationId(), r.tenantId()))
                .compose(rows -> rows.rowCount() == 0
                        ? Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "station " + r.stationId()
                                + " does not exist"))
                        : Future.succeededFuture(r));
    }

    /** Charging ended at {@code endedAt} on a plugged gun: opens the occupancy of its last order (if the station charges). */
    public Future<Void> open(String pileNo, int gun, Instant endedAt) {
        return rules.get(new Gun(pileNo, gun)).compose(r -> r == null ? Future.succeededFuture()
                : tx.pool().preparedQuery(OPEN).execute(Tuple.of(r.getLong("id"), r.getLong("tenant_id"), pileNo, gun,
                        UtcDateTimes.toColumn(endedAt), r.getInteger("grace_minutes"), r.getLong("fee_per_minute_fen"),
                        r.getLong("cap_fen"))).mapEmpty());
    }

    private static Future<Map<Gun, Row>> findRules(SqlClient client, List<Gun> guns) {
        List<String> piles = BatchedLookup.padded(guns.stream().map(Gun::pileNo).distinct().toList());
        return client.preparedQuery(CHARGING_PILES + LedgerRepository.placeholders(piles.size()) + ")")
                .execute(Tuple.wrap(piles)).compose(rows -> {
                    Set<String> charging = new HashSet<>();
                    rows.forEach(r -> charging.add(r.getString("pile_no")));
                    List<Gun> atCharging = guns.stream().filter(g -> charging.contains(g.pileNo())).toList();
                    return atCharging.isEmpty() ? Future.succeededFuture(Map.of()) : lastOrders(client, atCharging);
                });
    }

    private static Future<Map<Gun, Row>> lastOrders(SqlClient client, List<Gun> guns) {
        Tuple params = Tuple.tuple();
        guns.forEach(g -> params.addString(g.pileNo()).addInteger(g.gun()));
        String sql = String.format(FIND_RULES, String.join(" UNION ALL ", Collections.nCopies(guns.size(), LAST_ORDER)));
        return client.preparedQuery(sql).execute(params).map(rows -> {
            Map<Gun, Row> found = new HashMap<>();
            for (Row r : rows) {
                found.put(new Gun(r.getString("pile_no"), r.getInteger("gun_no")), r);
            }
            return found;
        });
    }

    /** The gun was unplugged at {@code at}: closes its open occupancies and charges their fees. */
    public Future<Void> close(String pileNo, int gun, Instant at) {
        return tx.inTransaction("close occupancy " + pileNo + "-" + gun, conn -> conn.preparedQuery(LOCK_OPEN)
                .execute(Tuple.of(pileNo, gun)).compose(rows -> {
                    Future<Void> chain = Future.succeededFuture();
                    for (Row r : rows) {
                        chain = chain.compose(v -> closeOne(conn, r, at));
                    }
                    return chain;
                }));
    }

    private Future<Void> closeOne(SqlConnection conn, Row occupancy, Instant at) {
        long orderId = occupancy.getLong("order_id");
        Instant ended = UtcDateTimes.fromColumn(occupancy.getLocalDateTime("charging_ended_at"));
        OccupancyRule rule = new OccupancyRule(occupancy.getInteger("grace_minutes"), occupancy.getLong("fee_per_minute_fen"),
                occupancy.getLong("cap_fen"));
        long fee = rule.feeFen(at.isBefore(ended) ? Duration.ZERO : Duration.between(ended, at));
        return OrderRepository.lockById(conn, orderId).compose(order -> charge(conn, order, fee))
                .compose(charged -> conn.preparedQuery("UPDATE order_occupancies SET state = 'CLOSED', unplugged_at = ?, fee_fen = ?"
                        + " WHERE order_id = ?").execute(Tuple.of(UtcDateTimes.toColumn(at), charged, orderId)))
                .compose(v -> conn.preparedQuery("UPDATE charge_orders SET occupancy_fee_fen = ?, updated_at = ? WHERE id = ?")
                        .execute(Tuple.of(fee, UtcDateTimes.toColumn(clock.instant()), orderId)))
                .onSuccess(v -> LOG.info("occupancy closed [order: {}, minutesPlugged: {}, feeFen: {}]", orderId,
                        Duration.between(ended, at).toMinutes(), fee))
                .mapEmpty();
    }

    private Future<Long> charge(SqlConnection conn, OrderRow order, long fee) {
        if (fee == 0 || !order.paidByMember()) {
            return Future.succeededFuture(fee);
        }
        return LedgerRepository.lockMembers(conn, order.tenantId(), List.of(order.memberId())).compose(balances -> {
            MemberWallet wallet = new MemberWallet(order.tenantId(), order.memberId(), balances.get(order.memberId()));
            Charge charge = wallet.planCharge(Hold.NONE, fee);
            return LedgerRepository.write(conn, List.of(wallet.chargeJournal(JournalKind.OCCUPANCY_FEE, Hold.NONE, charge,
                    AccountKey.operatorRevenue(order.tenantId()), order.tradeSerial())), null, clock.instant()).map(fee);
        });
    }

    /** A gun, the key of a rule lookup. */
    private record Gun(String pileNo, int gun) {
    }
}
