package io.chargeway.core.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Tenant (operator) administration: {@code tenant.list}, {@code tenant.get} (a tenant admin sees
 * only its own tenant), and the platform-only {@code tenant.create}, {@code tenant.update},
 * {@code tenant.set-status} (the web lets only platform admins reach them; checked again here).
 */
public final class TenantAdmin {

    private static final String COLUMNS = "SELECT id, name, status = 'ACTIVE' AS enabled, created_at AS createdAt, "
            + "updated_at AS updatedAt FROM tenants";
    private static final Set<String> FLAGS = Set.of("enabled");

    private final Pool pool;
    private final Clock clock;

    /** Tenant administration on {@code pool}. */
    public TenantAdmin(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("tenant.list", this::list).on("tenant.get", this::get).on("tenant.create", this::create)
                .on("tenant.update", this::update).on("tenant.set-status", this::setStatus);
    }

    private Future<JsonObject> list(WebRequest r) {
        Long tenant = r.caller().platform() ? null : r.caller().tenantId();
        String q = r.input().getString("q");
        String like = q == null ? null : "%" + q + "%";
        int page = Rows.page(r.input());
        int size = Rows.size(r.input());
        String where = " WHERE (? IS NULL OR id = ?) AND (? IS NULL OR name LIKE ?)";
        Tuple args = Tuple.of(tenant, tenant, like, like);
        return pool.preparedQuery("SELECT COUNT(*) FROM tenants" + where).execute(args)
                .compose(count -> pool.preparedQuery(COLUMNS + where + " ORDER BY id LIMIT ? OFFSET ?")
                        .execute(Rows.paged(args, page, size))
                        .map(rows -> Rows.page(Rows.all(rows, FLAGS), count.iterator().next().getLong(0), page, size)));
    }

    private Future<JsonObject> get(WebRequest r) {
        long id = r.input().getLong("tenantId");
        if (!TenantScope.visible(r.caller(), id)) {
            return Future.failedFuture(notFound(id));
        }
        return find(id);
    }

    private Future<JsonObject> find(long id) {
        return pool.preparedQuery(COLUMNS + " WHERE id = ?").execute(Tuple.of(id)).compose(rows -> {
            Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
            return row == null ? Future.failedFuture(notFound(id)) : Future.succeededFuture(Rows.json(row, FLAGS));
        });
    }

    private Future<JsonObject> create(WebRequest r) {
        requirePlatform(r);
        JsonObject body = r.input().getJsonObject("body");
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        return pool.preparedQuery("INSERT INTO tenants (name, status, created_at, updated_at) VALUES (?, 'ACTIVE', ?, ?)")
                .execute(Tuple.of(body.getString("name"), now, now))
                .compose(rows -> find(rows.property(io.vertx.mysqlclient.MySQLClient.LAST_INSERTED_ID)));
    }

    private Future<JsonObject> update(WebRequest r) {
        requirePlatform(r);
        long id = r.input().getLong("tenantId");
        JsonObject body = r.input().getJsonObject("body");
        return pool.preparedQuery("UPDATE tenants SET name = COALESCE(?, name), updated_at = ? WHERE id = ?")
                .execute(Tuple.of(body.getString("name"), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), id))
                .compose(rows -> rows.rowCount() == 0 ? Future.failedFuture(notFound(id)) : find(id));
    }

    private Future<JsonObject> setStatus(WebRequest r) {
        requirePlatform(r);
        long id = r.input().getLong("tenantId");
        boolean enabled = r.input().getJsonObject("body").getBoolean("enabled");
        return pool.preparedQuery("UPDATE tenants SET status = ?, updated_at = ? WHERE id = ?")
                .execute(Tuple.of(enabled ? "ACTIVE" : "DISABLED", LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), id))
                .compose(rows -> find(id));
    }

    private static void requirePlatform(WebRequest r) {
        if (!r.caller().platform()) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "only platform admins manage tenants");
        }
    }

    private static PlatformException notFound(long id) {
        return new PlatformException(ErrorCode.NOT_FOUND, "no tenant " + id);
    }
}
