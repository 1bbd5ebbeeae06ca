package io.chargeway.core.alarm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.Rows;
import io.chargeway.core.admin.StationScope;
import io.chargeway.core.admin.TenantScope;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Alarms for admins, within the caller's tenant and {@link StationScope}: {@code alarm.list}
 * (open or cleared, acknowledged or not, by station, pile, kind and raise time, newest first),
 * {@code alarm.get} and {@code alarm.acknowledge} (who and when, with a note; acknowledging again
 * keeps the first acknowledgement). An alarm of another tenant or outside the scope is "not found".
 */
public final class AlarmAdmin {

    private static final String COLUMNS = "SELECT a.id, a.tenant_id AS tenantId, a.station_id AS stationId, a.pile_no AS pileNo,"
            + " a.gun_no AS gunNo, a.kind, a.code, a.detail, a.state, a.raised_at AS raisedAt, a.cleared_at AS clearedAt,"
            + " a.acknowledged_at AS acknowledgedAt, a.acknowledged_by AS acknowledgedBy, a.acknowledge_note AS acknowledgeNote"
            + " FROM alarms a";

    private final Pool pool;
    private final StationScope scopes;
    private final Clock clock;

    /** Alarms in {@code pool}. */
    public AlarmAdmin(Pool pool, Clock clock) {
        this.pool = pool;
        this.scopes = new StationScope(pool);
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("alarm.list", this::list).on("alarm.get", r -> find(r, r.input().getLong("alarmId")))
                .on("alarm.acknowledge", this::acknowledge);
    }

    private Future<JsonObject> find(WebRequest r, long id) {
        Long tenant = TenantScope.forRead(r.caller(), r.input());
        return scopes.of(r.caller()).compose(scope -> pool.preparedQuery(COLUMNS + " WHERE a.id = ? AND (? IS NULL OR a.tenant_id = ?)"
                        + " AND " + scope.condition("a.station_id")).execute(scope.addTo(Tuple.of(id, tenant, tenant))))
                .compose(rows -> rows.iterator().hasNext() ? Future.succeededFuture(Rows.json(rows.iterator().next(), Set.of()))
                        : Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no alarm " + id)));
    }

    private Future<JsonObject> list(WebRequest r) {
        JsonObject in = r.input();
        Long tenant = TenantScope.forRead(r.caller(), in);
        Boolean acknowledged = in.getBoolean("acknowledged");
        int page = Rows.page(in);
        int size = Rows.size(in);
        LocalDateTime from = time(in.getString("from"));
        LocalDateTime to = time(in.getString("to"));
        return scopes.of(r.caller()).compose(scope -> {
            String where = " WHERE (? IS NULL OR a.tenant_id = ?) AND (? IS NULL OR a.state = ?) AND (? IS NULL OR a.station_id = ?)"
                    + " AND (? IS NULL OR a.pile_no = ?) AND (? IS NULL OR a.kind = ?) AND (? IS NULL OR a.raised_at >= ?)"
                    + " AND (? IS NULL OR a.raised_at < ?) AND (? IS NULL OR (a.acknowledged_at IS NOT NULL) = ?) AND "
                    + scope.condition("a.station_id");
            Tuple args = scope.addTo(Tuple.tuple().addValue(tenant).addValue(tenant).addValue(in.getString("state"))
                    .addValue(in.getString("state")).addValue(in.getLong("stationId")).addValue(in.getLong("stationId"))
                    .addValue(in.getString("pileNo")).addValue(in.getString("pileNo")).addValue(in.getString("kind"))
                    .addValue(in.getString("kind")).addValue(from).addValue(from).addValue(to).addValue(to)
                    .addValue(acknowledged).addValue(acknowledged));
            return pool.preparedQuery("SELECT COUNT(*) FROM alarms a" + where).execute(args)
                    .compose(count -> pool.preparedQuery(COLUMNS + where + " ORDER BY a.raised_at DESC, a.id DESC LIMIT ? OFFSET ?")
                            .execute(Rows.paged(args, page, size))
                            .map(rows -> Rows.page(Rows.all(rows, Set.of()), count.iterator().next().getLong(0), page, size)));
        });
    }

    private Future<JsonObject> acknowledge(WebRequest r) {
        long id = r.input().getLong("alarmId");
        JsonObject b = r.input().getJsonObject("body", new JsonObject());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return find(r, id).compose(alarm -> pool.preparedQuery("UPDATE alarms SET acknowledged_at = ?, acknowledged_by = ?,"
                        + " acknowledge_note = ? WHERE id = ? AND acknowledged_at IS NULL")
                        .execute(Tuple.of(now, r.caller().userId(), b.getString("note"), id)))
                .compose(v -> find(r, id));
    }

    private static LocalDateTime time(String iso) {
        try {
            return iso == null ? null : LocalDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "not an ISO-8601 instant: " + iso);
        }
    }
}
