package io.chargeway.core.alarm;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.json.BusJson;
import io.chargeway.core.db.UtcDateTimes;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code alarms} table from the pile event feed ({@link AlarmUpdate} says what each
 * event means). It listens as a local consumer of {@link Addresses#FEED_PILE_EVENTS}, so with
 * several core nodes each event is recorded once, by the node that processed it.
 *
 * <p>Each update runs in one transaction that locks its source row ({@code alarm_sources}: pile,
 * gun, kind) and is skipped when a newer event of that source was applied already, so events
 * that arrive late or twice change nothing; raising an alarm that is open is a no-op (one open
 * alarm per pile, gun and code). On one node the updates of a source run one after another; a
 * deadlock with another node is retried once. A failure is logged and the event dropped, like
 * every lossy pile event; nothing here can fail the consumer. Confined to the event loop of the
 * verticle that subscribed it.
 */
public final class AlarmRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(AlarmRecorder.class);
    private static final LocalDateTime NEVER = LocalDateTime.of(1970, 1, 1, 0, 0);
    private static final int ER_LOCK_DEADLOCK = 1213;

    private final Pool pool;
    private final Clock clock;
    private final Map<String, Future<Void>> queues = new HashMap<>();

    /** A recorder writing to {@code pool}. */
    public AlarmRecorder(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Subscribes to the pile events this node published. */
    public MessageConsumer<Object> subscribe(EventBus bus) {
        return bus.localConsumer(Addresses.FEED_PILE_EVENTS, message -> {
            if (message.body() instanceof JsonObject json && isAlarmWorthy(json.getString("type"))) {
                try {
                    AlarmUpdate.of(BusJson.fromJson(json, PileEvent.class), clock.instant()).ifPresent(this::apply);
                } catch (PlatformException e) {
                    LOG.debug("pile event not understood by alarms: {}", e.getMessage());
                }
            }
        });
    }

    private static boolean isDeadlock(Throwable e) {
        return e instanceof MySQLException m && m.getErrorCode() == ER_LOCK_DEADLOCK;
    }

    private static boolean isAlarmWorthy(String type) {
        return "pile.fault".equals(type) || "pile.offline".equals(type) || "pile.online".equals(type);
    }

    /**
     * Applies one update after the updates of the same source that arrived before it on this node.
     *
     * @return completes when applied (or skipped as stale, or for a pile not in the registry);
     *         fails with the database error
     */
    public Future<Void> apply(AlarmUpdate u) {
        String source = u.pileNo() + ":" + u.gun() + ":" + u.kind();
        Future<Void> previous = queues.getOrDefault(source, Future.succeededFuture());
        Future<Void> applied = previous.eventually(() -> applyOnce(u).recover(e -> isDeadlock(e)
                ? applyOnce(u) : Future.failedFuture(e)));
        queues.put(source, applied);
        return applied.onComplete(ar -> queues.remove(source, applied))
                .onFailure(e -> LOG.warn("alarm event not recorded [pile: {}, gun: {}, kind: {}]: {}", u.pileNo(), u.gun(), u.kind(),
                        e.getMessage()));
    }

    private Future<Void> applyOnce(AlarmUpdate u) {
        return pool.withTransaction(conn -> conn.preparedQuery("SELECT id, tenant_id, station_id FROM piles WHERE pile_no = ?")
                        .execute(Tuple.of(u.pileNo())).compose(rows -> {
                            if (!rows.iterator().hasNext()) {
                                LOG.debug("alarm event for a pile not in the registry [pile: {}]", u.pileNo());
                                return Future.succeededFuture();
                            }
                            return applyTo(conn, rows.iterator().next(), u);
                        }))
                .mapEmpty();
    }

    private Future<Void> applyTo(SqlConnection conn, Row pile, AlarmUpdate u) {
        long pileId = pile.getLong("id");
        LocalDateTime at = UtcDateTimes.toColumn(u.at());
        // An upsert, not INSERT IGNORE: it takes the row's exclusive lock at once, so two updates of one source queue up
        // instead of both holding a shared lock and deadlocking on the FOR UPDATE below.
        return conn.preparedQuery("INSERT INTO alarm_sources (pile_id, gun_no, kind, tenant_id, last_event_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE last_event_at = last_event_at")
                .execute(Tuple.of(pileId, u.gun(), u.kind(), pile.getLong("tenant_id"), NEVER))
                .compose(v -> conn.preparedQuery("SELECT last_event_at FROM alarm_sources WHERE pile_id = ? AND gun_no = ? AND kind = ?"
                        + " FOR UPDATE").execute(Tuple.of(pileId, u.gun(), u.kind())))
                .compose(rows -> {
                    if (rows.iterator().next().getLocalDateTime(0).isAfter(at)) {
                        LOG.debug("stale alarm event skipped [pile: {}, gun: {}, kind: {}]", u.pileNo(), u.gun(), u.kind());
                        return Future.succeededFuture();
                    }
                    return reconcile(conn, pile, u, at)
                            .compose(x -> conn.preparedQuery("UPDATE alarm_sources SET last_event_at = ? WHERE pile_id = ? AND gun_no = ?"
                                    + " AND kind = ?").execute(Tuple.of(at, pileId, u.gun(), u.kind())))
                            .compose(x -> u.online() ? clearFaultsBefore(conn, pileId, at) : Future.succeededFuture())
                            .mapEmpty();
                });
    }

    private Future<Void> reconcile(SqlConnection conn, Row pile, AlarmUpdate u, LocalDateTime at) {
        long pileId = pile.getLong("id");
        return conn.preparedQuery("SELECT code FROM alarms WHERE pile_id = ? AND gun_no = ? AND kind = ? AND state = 'OPEN'")
                .execute(Tuple.of(pileId, u.gun(), u.kind())).compose(rows -> {
                    Set<String> open = new HashSet<>();
                    rows.forEach(r -> open.add(r.getString(0)));
                    Future<?> done = Future.succeededFuture();
                    for (String code : u.toClear(open)) {
                        done = done.compose(v -> clear(conn, pileId, u, code, at));
                    }
                    for (String code : u.toRaise(open)) {
                        done = done.compose(v -> raise(conn, pile, u, code, at));
                    }
                    return done.mapEmpty();
                });
    }

    private static Future<Void> clear(SqlConnection conn, long pileId, AlarmUpdate u, String code, LocalDateTime at) {
        return conn.preparedQuery("UPDATE alarms SET state = 'CLEARED', cleared_at = ? WHERE pile_id = ? AND gun_no = ? AND code = ?"
                        + " AND state = 'OPEN'").execute(Tuple.of(at, pileId, u.gun(), code))
                .onSuccess(v -> LOG.info("alarm cleared [pile: {}, gun: {}, code: {}]", u.pileNo(), u.gun(), code))
                .mapEmpty();
    }

    private Future<Void> raise(SqlConnection conn, Row pile, AlarmUpdate u, String code, LocalDateTime at) {
        Tuple params = Tuple.of(pile.getLong("tenant_id"), pile.getLong("station_id"), pile.getLong("id"), u.pileNo(), u.gun(), u.kind())
                .addString(code).addString(u.detail()).addValue(at).addValue(UtcDateTimes.toColumn(clock.instant()));
        return conn.preparedQuery("INSERT INTO alarms (tenant_id, station_id, pile_id, pile_no, gun_no, kind, code, detail, state,"
                        + " raised_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) ON DUPLICATE KEY UPDATE id = id")
                .execute(params)
                .onSuccess(v -> LOG.info("alarm raised [pile: {}, gun: {}, code: {}]", u.pileNo(), u.gun(), code))
                .mapEmpty();
    }

    /**
     * A pile that (re)connected starts with no known faults at the edge: its fault alarms raised
     * before now are cleared, and fault events from before the connection are stale from now on.
     */
    private static Future<Void> clearFaultsBefore(SqlConnection conn, long pileId, LocalDateTime at) {
        return conn.preparedQuery("UPDATE alarms SET state = 'CLEARED', cleared_at = ?,"
                        + " detail = COALESCE(detail, 'cleared: pile reconnected')"
                        + " WHERE pile_id = ? AND kind = 'FAULT' AND state = 'OPEN' AND raised_at < ?").execute(Tuple.of(at, pileId, at))
                .compose(v -> conn.preparedQuery("UPDATE alarm_sources SET last_event_at = GREATEST(last_event_at, ?) WHERE pile_id = ?"
                        + " AND kind = 'FAULT'").execute(Tuple.of(at, pileId)))
                .mapEmpty();
    }
}
