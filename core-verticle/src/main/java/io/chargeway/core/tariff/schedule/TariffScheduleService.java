package io.chargeway.core.tariff.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.ScheduleTariff;
import io.chargeway.contract.order.TariffPushView;
import io.chargeway.contract.order.TariffSchedulePage;
import io.chargeway.contract.order.TariffScheduleQuery;
import io.chargeway.contract.order.TariffScheduleView;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tariffs on a schedule: an operator schedules a tariff (existing, or new with the tenant's next
 * model number) for a station or one pile from a time on; when that time comes ({@link #applyDue},
 * called by the sweep, or at once for a time already past) the tariff becomes the effective one
 * ({@code stations.tariff_id} or {@code piles.tariff_id}) and a push to every pile concerned is
 * queued for {@link TariffPusher}. Applying is a conditional update, so several core nodes
 * apply each schedule once.
 */
public final class TariffScheduleService {

    private static final Logger LOG = LoggerFactory.getLogger(TariffScheduleService.class);
    private static final String QUEUE_PUSHES = "INSERT INTO tariff_pushes (pile_id, tenant_id, pile_no, tariff_id, model_no,"
            + " state, attempts, next_attempt_at, last_error, updated_at) SELECT p.id, p.tenant_id, p.pile_no, ?, ?, 'PENDING', 0,"
            + " ?, NULL, ? FROM piles p WHERE ";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE tariff_id = VALUES(tariff_id), model_no = VALUES(model_no),"
            + " state = 'PENDING', attempts = 0, next_attempt_at = VALUES(next_attempt_at), last_error = NULL,"
            + " updated_at = VALUES(updated_at)";
    private static final String SCHEDULES = "SELECT s.id, s.tenant_id, s.station_id, p.pile_no, s.tariff_id, t.model_no,"
            + " s.effective_from, s.state, s.applied_at FROM tariff_schedules s JOIN tariffs t ON t.id = s.tariff_id"
            + " LEFT JOIN piles p ON p.id = s.pile_id";

    /** The effective time of a baseline: a tariff in force before any schedule was made. */
    private static final LocalDateTime BASELINE = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final TransactionRunner tx;
    private final Clock clock;

    /** Schedules written through {@code tx}. */
    public TariffScheduleService(TransactionRunner tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Schedules a tariff.
     *
     * @return the schedule (APPLIED if it took effect at once); failed with {@link ErrorCode#BAD_REQUEST}
     *         for an invalid tariff, {@link ErrorCode#NOT_FOUND} for a station, pile or tariff of another tenant
     */
    public Future<TariffScheduleView> schedule(ScheduleTariff r) {
        Instant now = clock.instant();
        Instant from = r.effectiveFrom() == null || r.effectiveFrom().isBefore(now) ? now : r.effectiveFrom();
        return tx.inTransaction("schedule tariff", conn -> scope(conn, r)
                .compose(pileId -> tariff(conn, r).compose(tariffId -> conn.preparedQuery("INSERT INTO tariff_schedules"
                        + " (tenant_id, station_id, pile_id, tariff_id, effective_from, state, actor, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)").execute(Tuple.of(r.tenantId(), r.stationId(), pileId,
                        tariffId, UtcDateTimes.toColumn(from), r.actor(), UtcDateTimes.toColumn(now)))))
                .map(rows -> (Long) rows.property(MySQLClient.LAST_INSERTED_ID)))
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("scheduling a tariff", err)))
                .compose(id -> from.equals(now) ? apply(id).map(id) : Future.succeededFuture(id))
                .compose(id -> view(id));
    }

    /**
     * The schedules of a station and its piles' pushes.
     *
     * @return the page (empty for a station of another tenant)
     */
    public Future<TariffSchedulePage> list(TariffScheduleQuery q) {
        return tx.pool().preparedQuery(SCHEDULES + " WHERE s.tenant_id = ? AND s.station_id = ? ORDER BY s.id DESC LIMIT 100")
                .execute(Tuple.of(q.tenantId(), q.stationId())).compose(rows -> {
                    List<TariffScheduleView> schedules = new ArrayList<>();
                    rows.forEach(row -> schedules.add(read(row)));
                    return tx.pool().preparedQuery("SELECT t.pile_no, t.model_no, t.state, t.attempts, t.last_error, t.updated_at"
                            + " FROM tariff_pushes t JOIN piles p ON p.id = t.pile_id WHERE p.tenant_id = ? AND p.station_id = ?"
                            + " ORDER BY t.pile_no").execute(Tuple.of(q.tenantId(), q.stationId())).map(pushes -> {
                                List<TariffPushView> out = new ArrayList<>();
                                pushes.forEach(p -> out.add(new TariffPushView(p.getString("pile_no"), p.getInteger("model_no"),
                                        p.getString("state"), p.getInteger("attempts"), p.getString("last_error"),
                                        UtcDateTimes.fromColumn(p.getLocalDateTime("updated_at")))));
                                return new TariffSchedulePage(schedules, out);
                            });
                });
    }

    /** Applies every schedule that is due; completes with how many (never fails: errors are logged). */
    public Future<Integer> applyDue() {
        return tx.pool().preparedQuery("SELECT id FROM tariff_schedules WHERE state = 'PENDING' AND effective_from <= ?"
                + " ORDER BY effective_from, id LIMIT 50").execute(Tuple.of(UtcDateTimes.toColumn(clock.instant())))
                .compose(rows -> {
                    Future<Integer> chain = Future.succeededFuture(0);
                    for (Row row : rows) {
                        long id = row.getLong("id");
                        chain = chain.compose(n -> apply(id).map(applied -> applied ? n + 1 : n));
                    }
                    return chain;
                }).recover(err -> {
                    LOG.warn("tariff schedules not applied: {}", err.getMessage());
                    return Future.succeededFuture(0);
                });
    }

    private Future<Boolean> apply(long scheduleId) {
        Instant now = clock.instant();
        return tx.inTransaction("apply tariff schedule " + scheduleId, conn -> conn.preparedQuery("SELECT s.station_id,"
                + " s.pile_id, s.tariff_id, t.model_no FROM tariff_schedules s JOIN tariffs t ON t.id = s.tariff_id"
                + " WHERE s.id = ? AND s.state = 'PENDING' FOR UPDATE").execute(Tuple.of(scheduleId)).compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(false);
                    }
                    Row s = rows.iterator().next();
                    return applyIn(conn, scheduleId, s, now).map(true);
                })).onSuccess(applied -> {
                    if (applied) {
                        LOG.info("tariff schedule applied [schedule: {}]", scheduleId);
                    }
                });
    }

    private static Future<Void> applyIn(SqlConnection conn, long scheduleId, Row s, Instant now) {
        Long pileId = s.getLong("pile_id");
        long tariffId = s.getLong("tariff_id");
        Tuple pushParams = Tuple.of(tariffId, s.getInteger("model_no"), UtcDateTimes.toColumn(now), UtcDateTimes.toColumn(now));
        Future<?> assigned;
        String pushes;
        if (pileId == null) {
            assigned = baseline(conn, "stations", s.getLong("station_id"), "s.pile_id IS NULL AND s.station_id = x.id", now)
                    .compose(v -> conn.preparedQuery("UPDATE stations SET tariff_id = ?, updated_at = ? WHERE id = ?")
                    .execute(Tuple.of(tariffId, UtcDateTimes.toColumn(now), s.getLong("station_id"))));
            pushes = QUEUE_PUSHES + "p.station_id = ? AND p.tariff_id IS NULL" + ON_DUPLICATE;
            pushParams.addLong(s.getLong("station_id"));
        } else {
            assigned = baseline(conn, "piles", pileId, "s.pile_id = x.id", now)
                    .compose(v -> conn.preparedQuery("UPDATE piles SET tariff_id = ?, updated_at = ? WHERE id = ?")
                    .execute(Tuple.of(tariffId, UtcDateTimes.toColumn(now), pileId)));
            pushes = QUEUE_PUSHES + "p.id = ?" + ON_DUPLICATE;
            pushParams.addLong(pileId);
        }
        return assigned.compose(v -> conn.preparedQuery(pushes).execute(pushParams))
                .compose(v -> conn.preparedQuery("UPDATE tariff_schedules SET state = 'APPLIED', applied_at = ? WHERE id = ?")
                        .execute(Tuple.of(UtcDateTimes.toColumn(now), scheduleId)))
                .mapEmpty();
    }

    /**
     * Before the first schedule of a station or pile replaces its tariff, records that tariff as
     * applied since {@link #BASELINE}, so that {@link TariffHistory} can price sessions from before
     * the change with the tariff they ran under.
     */
    private static Future<Void> baseline(SqlConnection conn, String table, long id, String sameScope, Instant now) {
        String stationOf = table.equals("stations") ? "x.id" : "x.station_id";
        String pileOf = table.equals("stations") ? "NULL" : "x.id";
        return conn.preparedQuery("INSERT INTO tariff_schedules (tenant_id, station_id, pile_id, tariff_id, effective_from, state,"
                + " actor, created_at, applied_at) SELECT x.tenant_id, " + stationOf + ", " + pileOf + ", x.tariff_id, ?, 'APPLIED',"
                + " 'baseline', ?, ? FROM " + table + " x WHERE x.id = ? AND x.tariff_id IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM tariff_schedules s WHERE s.state = 'APPLIED' AND " + sameScope + ")")
                .execute(Tuple.of(BASELINE, UtcDateTimes.toColumn(now), UtcDateTimes.toColumn(now), id)).mapEmpty();
    }

    private static Future<Long> scope(SqlConnection conn, ScheduleTariff r) {
        String sql = r.pileNo() == null || r.pileNo().isBlank()
                ? "SELECT NULL AS id FROM stations WHERE id = ? AND tenant_id = ?"
                : "SELECT p.id FROM piles p WHERE p.station_id = ? AND p.tenant_id = ? AND p.pile_no = ?";
        Tuple params = Tuple.of(r.stationId(), r.tenantId());
        if (r.pileNo() != null && !r.pileNo().isBlank()) {
            params.addString(r.pileNo());
        }
        return conn.preparedQuery(sql).execute(params).compose(rows -> rows.size() == 0
                ? Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "station " + r.stationId()
                        + (r.pileNo() == null ? "" : " has no pile " + r.pileNo()) + " or does not exist"))
                : Future.succeededFuture(rows.iterator().next().getLong("id")));
    }

    private static Future<Long> tariff(SqlConnection conn, ScheduleTariff r) {
        if (r.tariffId() > 0) {
            return conn.preparedQuery("SELECT id FROM tariffs WHERE id = ? AND tenant_id = ?").execute(Tuple.of(r.tariffId(),
                    r.tenantId())).compose(rows -> rows.size() == 0
                    ? Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "tariff " + r.tariffId() + " does not exist"))
                    : Future.succeededFuture(r.tariffId()));
        }
        return conn.preparedQuery("SELECT COALESCE(MAX(model_no), 0) + 1 AS next FROM tariffs WHERE tenant_id = ? FOR UPDATE")
                .execute(Tuple.of(r.tenantId())).compose(rows -> {
                    int next = rows.iterator().next().getInteger("next");
                    TariffModel model;
                    try {
                        model = new TariffModel(next, r.rates(), r.lossRatioPercent(), r.slots());
                    } catch (IllegalArgumentException e) {
                        return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "invalid tariff: " + e.getMessage()));
                    }
                    String name = r.name() == null || r.name().isBlank() ? "Tariff " + next : r.name().trim();
                    return new TariffRepository(conn).insert(r.tenantId(), name.length() > 100 ? name.substring(0, 100) : name,
                            model);
                });
    }

    private Future<TariffScheduleView> view(long id) {
        return tx.pool().preparedQuery(SCHEDULES + " WHERE s.id = ?").execute(Tuple.of(id))
                .map(rows -> read(rows.iterator().next()));
    }

    private static TariffScheduleView read(Row r) {
        return new TariffScheduleView(r.getLong("id"), r.getLong("tenant_id"), r.getLong("station_id"), r.getString("pile_no"),
                r.getLong("tariff_id"), r.getInteger("model_no"), UtcDateTimes.fromColumn(r.getLocalDateTime("effective_from")),
                r.getString("state"), UtcDateTimes.fromColumn(r.getLocalDateTime("applied_at")));
    }
}
