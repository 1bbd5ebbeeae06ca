package io.chargeway.core.fault;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.Rows;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Fault reports as drivers file them: {@code faults.create} (a station of the driver's operator,
 * optionally a pile of that station and one of its guns, a category and a description),
 * {@code faults.add-photo} (a JPEG or PNG of at most {@link #MAX_PHOTO_BYTES}, at most
 * {@link #MAX_PHOTOS} per report, only while the report is open; the same photo twice is stored
 * once), {@code faults.list} and {@code faults.get} (the member's own reports only; anybody
 * else's is "not found").
 */
public final class FaultReports {

    /** Photos a report may hold. */
    public static final int MAX_PHOTOS = 4;
    /** The largest photo the core stores; the web's own limit is at most this. */
    public static final int MAX_PHOTO_BYTES = 4 * 1024 * 1024;

    private final Pool pool;
    private final Clock clock;

    /** Reports in {@code pool}. */
    public FaultReports(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("faults.create", this::create).on("faults.add-photo", this::addPhoto).on("faults.list", this::list)
                .on("faults.get", r -> own(driver(r), r.input().getLong("reportId")));
    }

    private static Caller driver(WebRequest r) {
        if (r.caller().kind() != Caller.Kind.DRIVER) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "this is for driver accounts");
        }
        return r.caller();
    }

    private Future<JsonObject> own(Caller c, long reportId) {
        return FaultReportRows.one(pool, reportId, "f.member_id = ? AND f.tenant_id = ?", Tuple.of(c.userId(), c.tenantId()));
    }

    private Future<JsonObject> create(WebRequest r) {
        Caller c = driver(r);
        JsonObject b = r.input().getJsonObject("body");
        long station = b.getLong("stationId");
        String pileNo = b.getString("pileNo");
        Integer gun = b.getInteger("gunNo");
        if (gun != null && pileNo == null) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "a gunNo needs the pileNo of its pile"));
        }
        return pool.preparedQuery("SELECT s.id, p.gun_count FROM stations s LEFT JOIN piles p ON p.station_id = s.id AND p.pile_no = ?"
                        + " WHERE s.id = ? AND s.tenant_id = ?").execute(Tuple.of(pileNo, station, c.tenantId()))
                .compose(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row == null) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no station " + station));
                    }
                    if (pileNo != null && (row.getInteger("gun_count") == null || gun != null && gun > row.getInteger("gun_count"))) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "station " + station + " has no pile "
                                + pileNo + (gun == null ? "" : " with gun " + gun)));
                    }
                    LocalDateTime now = now();
                    return pool.preparedQuery("INSERT INTO fault_reports (tenant_id, member_id, station_id, pile_no, gun_no, category,"
                            + " description, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
                            .execute(Tuple.of(c.tenantId(), c.userId(), station, pileNo, gun, b.getString("category"),
                                    b.getString("description").trim(), now, now));
                })
                .compose(rows -> own(c, rows.property(MySQLClient.LAST_INSERTED_ID)));
    }

    private Future<JsonObject> list(WebRequest r) {
        Caller c = driver(r);
        int page = Rows.page(r.input());
        int size = Rows.size(r.input());
        Tuple args = Tuple.of(c.userId(), c.tenantId());
        String where = " WHERE f.member_id = ? AND f.tenant_id = ?";
        return pool.preparedQuery("SELECT COUNT(*) FROM fault_reports f" + where).execute(args)
                .compose(count -> pool.preparedQuery(FaultReportRows.COLUMNS + where + " ORDER BY f.id DESC LIMIT ? OFFSET ?")
                        .execute(Rows.paged(args, page, size))
                        .map(rows -> Rows.page(Rows.all(rows, Set.of()), count.iterator().next().getLong(0), page, size)));
    }

    private Future<JsonObject> addPhoto(WebRequest r) {
        Caller c = driver(r);
        long reportId = r.input().getLong("reportId");
        byte[] photo;
        try {
            photo = Base64.getDecoder().decode(r.input().getString("photo", ""));
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "the photo is not base64"));
        }
        if (photo.length > MAX_PHOTO_BYTES) {
            return Future.failedFuture(new PlatformException(ErrorCode.PAYLOAD_TOO_LARGE, "a photo may have at most " + MAX_PHOTO_BYTES
                    + " bytes"));
        }
        PhotoFormat format = PhotoFormat.recognise(photo).orElseThrow(() -> new PlatformException(ErrorCode.BAD_REQUEST,
                "a photo must be a whole JPEG or PNG image"));
        return pool.withTransaction(conn -> lockOpenReport(conn, c, reportId)
                        .compose(v -> conn.preparedQuery("INSERT INTO fault_report_photos (report_id, tenant_id, content_type, size_bytes,"
                                + " sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)")
                                .execute(Tuple.of(reportId, c.tenantId(), format.contentType(), photo.length, sha256(photo),
                                        Buffer.buffer(photo), now())))
                        .map(rows -> (Long) rows.property(MySQLClient.LAST_INSERTED_ID)))
                .map(id -> new JsonObject().put("id", id).put("reportId", reportId).put("contentType", format.contentType())
                        .put("sizeBytes", photo.length));
    }

    /** Locks the member's open report and checks it has room for a photo. */
    private static Future<Void> lockOpenReport(SqlConnection conn, Caller c, long reportId) {
        return conn.preparedQuery("SELECT state, (SELECT COUNT(*) FROM fault_report_photos WHERE report_id = f.id) AS photos"
                        + " FROM fault_reports f WHERE f.id = ? AND f.member_id = ? AND f.tenant_id = ? FOR UPDATE")
                .execute(Tuple.of(reportId, c.userId(), c.tenantId())).compose(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row == null) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no fault report " + reportId));
                    }
                    if (!"OPEN".equals(row.getString("state"))) {
                        return Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "fault report " + reportId + " is closed"));
                    }
                    if (row.getLong("photos") >= MAX_PHOTOS) {
                        return Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "a fault report holds at most " + MAX_PHOTOS
                                + " photos"));
                    }
                    return Future.succeededFuture();
                });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
