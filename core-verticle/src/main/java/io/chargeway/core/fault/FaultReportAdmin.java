package io.chargeway.core.fault;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
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
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Fault reports as admins handle them, within the caller's tenant and {@link StationScope}:
 * {@code fault.list} (by state, station, pile and time, newest first), {@code fault.get} (with
 * photo metadata), {@code fault.photo} (one photo's bytes, base64, and its recognised type) and
 * {@code fault.close} (with a resolution; closing a closed report is a {@code CONFLICT}).
 */
public final class FaultReportAdmin {

    private final Pool pool;
    private final StationScope scopes;
    private final Clock clock;

    /** Reports in {@code pool}. */
    public FaultReportAdmin(Pool pool, Clock clock) {
        this.pool = pool;
        this.scopes = new StationScope(pool);
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("fault.list", this::list).on("fault.get", r -> visible(r, r.input().getLong("reportId")))
                .on("fault.photo", this::photo).on("fault.close", this::close);
    }

    private Future<JsonObject> visible(WebRequest r, long reportId) {
        Long tenant = TenantScope.forRead(r.caller(), r.input());
        return scopes.of(r.caller()).compose(scope -> FaultReportRows.one(pool, reportId, "(? IS NULL OR f.tenant_id = ?) AND "
                + scope.condition("f.station_id"), scope.addTo(Tuple.of(tenant, tenant))));
    }

    private Future<JsonObject> list(WebRequest r) {
        JsonObject in = r.input();
        Long tenant = TenantScope.forRead(r.caller(), in);
        int page = Rows.page(in);
        int size = Rows.size(in);
        return scopes.of(r.caller()).compose(scope -> {
            String where = " WHERE (? IS NULL OR f.tenant_id = ?) AND (? IS NULL OR f.state = ?) AND (? IS NULL OR f.station_id = ?)"
                    + " AND (? IS NULL OR f.pile_no = ?) AND (? IS NULL OR f.created_at >= ?) AND (? IS NULL OR f.created_at < ?) AND "
                    + scope.condition("f.station_id");
            LocalDateTime from = time(in.getString("from"));
            LocalDateTime to = time(in.getString("to"));
            Tuple args = scope.addTo(Tuple.tuple().addValue(tenant).addValue(tenant).addValue(in.getString("state"))
                    .addValue(in.getString("state")).addValue(in.getLong("stationId")).addValue(in.getLong("stationId"))
                    .addValue(in.getString("pileNo")).addValue(in.getString("pileNo")).addValue(from).addValue(from)
                    .addValue(to).addValue(to));
            return pool.preparedQuery("SELECT COUNT(*) FROM fault_reports f" + where).execute(args)
                    .compose(count -> pool.preparedQuery(FaultReportRows.COLUMNS + where + " ORDER BY f.id DESC LIMIT ? OFFSET ?")
                            .execute(Rows.paged(args, page, size))
                            .map(rows -> Rows.page(Rows.all(rows, Set.of()), count.iterator().next().getLong(0), page, size)));
        });
    }

    private Future<JsonObject> photo(WebRequest r) {
        long reportId = r.input().getLong("reportId");
        long photoId = r.input().getLong("photoId");
        return visible(r, reportId).compose(report -> pool.preparedQuery("SELECT content_type, data FROM fault_report_photos"
                        + " WHERE id = ? AND report_id = ?").execute(Tuple.of(photoId, reportId)))
                .compose(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row == null) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no photo " + photoId + " on report "
                                + reportId));
                    }
                    PhotoFormat format = PhotoFormat.ofContentType(row.getString("content_type")).orElseThrow();
                    return Future.succeededFuture(new JsonObject().put("contentType", format.contentType())
                            .put("fileName", "fault-report-" + reportId + "-photo-" + photoId + "." + format.extension())
                            .put("data", Base64.getEncoder().encodeToString(row.getBuffer("data").getBytes())));
                });
    }

    private Future<JsonObject> close(WebRequest r) {
        long reportId = r.input().getLong("reportId");
        String resolution = r.input().getJsonObject("body").getString("resolution").trim();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return visible(r, reportId).compose(report -> pool.preparedQuery("UPDATE fault_reports SET state = 'CLOSED', resolution = ?,"
                        + " closed_by = ?, closed_at = ?, updated_at = ? WHERE id = ? AND state = 'OPEN'")
                        .execute(Tuple.of(resolution, r.caller().userId(), now, now, reportId)))
                .compose(rows -> rows.rowCount() == 0
                        ? Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "fault report " + reportId + " is closed already"))
                        : visible(r, reportId));
    }

    static LocalDateTime time(String iso) {
        try {
            return iso == null ? null : LocalDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "not an ISO-8601 instant: " + iso);
        }
    }
}
