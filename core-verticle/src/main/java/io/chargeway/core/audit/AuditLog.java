package io.chargeway.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.Rows;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * The audit log of admin writes and logins: {@code audit.record} (the web reports each admin write
 * with its outcome) and {@code audit.search} (newest first, within the caller's tenant; platform
 * admins see every tenant or name one). Rows are never changed or deleted through the API.
 */
public final class AuditLog {

    private static final String COLUMNS = "SELECT id, tenant_id AS tenantId, actor_kind AS actorKind, actor_id AS actorId, "
            + "operation, method, path, status, error_code AS errorCode, input_json AS input, remote_address AS remoteAddress, "
            + "user_agent AS userAgent, created_at AS at FROM audit_log";

    private final Pool pool;
    private final Clock clock;

    /** The log in {@code pool}. */
    public AuditLog(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("audit.record", r -> record(r.caller(), r.input()).map(v -> new JsonObject()))
                .on("audit.search", this::search);
    }

    /**
     * Writes one entry: {@code operation}, {@code method}, {@code path}, {@code status},
     * {@code errorCode}, {@code input} and {@code userAgent} from {@code entry}; who and from where
     * from {@code actor}; the time is now.
     *
     * @return completes when the row is committed; fails with the database error
     */
    public Future<Void> record(Caller actor, JsonObject entry) {
        Long tenant = actor.tenantId() == Caller.PLATFORM ? null : actor.tenantId();
        JsonObject input = entry.getJsonObject("input");
        return pool.preparedQuery("INSERT INTO audit_log (tenant_id, actor_kind, actor_id, operation, method, path, status, error_code, "
                        + "input_json, remote_address, user_agent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .execute(Tuple.tuple().addValue(tenant).addString(actor.kind().name()).addLong(actor.userId())
                        .addString(cut(entry.getString("operation", "?"), 64)).addString(cut(entry.getString("method", "-"), 8))
                        .addString(cut(entry.getString("path", "-"), 255)).addInteger(entry.getInteger("status", 0))
                        .addString(entry.getString("errorCode")).addString(input == null ? null : input.encode())
                        .addString(cut(actor.remoteAddress() == null ? "" : actor.remoteAddress(), 64))
                        .addString(cut(entry.getString("userAgent"), 255))
                        .addValue(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .mapEmpty();
    }

    private Future<JsonObject> search(WebRequest r) {
        JsonObject in = r.input();
        Long tenant = r.caller().platform() ? in.getLong("tenantId") : Long.valueOf(r.caller().tenantId());
        LocalDateTime from = time(in.getString("from"));
        LocalDateTime to = time(in.getString("to"));
        int page = Rows.page(in);
        int size = Rows.size(in);
        String where = " WHERE (? IS NULL OR tenant_id = ?) AND (? IS NULL OR actor_id = ?) AND (? IS NULL OR operation = ?)"
                + " AND (? IS NULL OR created_at >= ?) AND (? IS NULL OR created_at < ?)";
        Tuple args = Tuple.tuple().addValue(tenant).addValue(tenant).addValue(in.getLong("userId")).addValue(in.getLong("userId"))
                .addValue(in.getString("operation")).addValue(in.getString("operation")).addValue(from).addValue(from)
                .addValue(to).addValue(to);
        return pool.preparedQuery("SELECT COUNT(*) FROM audit_log" + where).execute(args)
                .compose(count -> pool.preparedQuery(COLUMNS + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
                        .execute(Rows.paged(args, page, size))
                        .map(rows -> Rows.page(Rows.all(rows, Set.of()).stream().map(AuditLog::parseInput).toList(),
                                count.iterator().next().getLong(0), page, size)));
    }

    private static JsonObject parseInput(JsonObject row) {
        Object input = row.getValue("input");
        if (input instanceof String s) {
            row.put("input", new JsonObject(s));
        }
        return row;
    }

    private static LocalDateTime time(String iso) {
        try {
            return iso == null ? null : LocalDateTime.ofInstant(Instant.parse(iso), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "not an ISO-8601 instant: " + iso);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
