package io.chargeway.core.identity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.AdminErrors;
import io.chargeway.core.admin.Rows;
import io.chargeway.core.admin.TenantScope;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Admin account management within the caller's tenant: {@code user.list}, {@code user.get},
 * {@code user.create}, {@code user.update} (enabling also clears a lockout; disabling revokes
 * refresh tokens) and {@code user.reset-password}. Role grants follow {@link RoleGrants}.
 */
public final class AdminUsers {

    private final Pool pool;
    private final PasswordHasher hasher;
    private final RefreshTokens refresh;
    private final AdminDirectory directory;
    private final Clock clock;

    /** Account management over {@code pool}. */
    public AdminUsers(Pool pool, PasswordHasher hasher, RefreshTokens refresh, Clock clock) {
        this.pool = pool;
        this.hasher = hasher;
        this.refresh = refresh;
        this.directory = new AdminDirectory(pool);
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("user.list", this::list).on("user.get", r -> directory.find(r.caller(), r.input().getLong("userId")))
                .on("user.create", this::create).on("user.update", this::update).on("user.reset-password", this::resetPassword);
    }

    private Future<JsonObject> list(WebRequest r) {
        Long tenant = TenantScope.forRead(r.caller(), r.input());
        String q = r.input().getString("q");
        String like = q == null ? null : "%" + q + "%";
        int page = Rows.page(r.input());
        int size = Rows.size(r.input());
        String where = " WHERE (? IS NULL OR COALESCE(u.tenant_id, 0) = ?)"
                + " AND (? IS NULL OR u.username LIKE ? OR u.display_name LIKE ?)";
        Tuple args = Tuple.of(tenant, tenant, like, like, like);
        String pageQuery = AdminDirectory.COLUMNS + where + " ORDER BY u.id LIMIT ? OFFSET ?";
        return pool.preparedQuery("SELECT COUNT(*) FROM admin_users u" + where).execute(args)
                .compose(count -> pool.preparedQuery(pageQuery)
                        .execute(Rows.paged(args, page, size))
                        .compose(rows -> {
                            List<Future<JsonObject>> users = new ArrayList<>();
                            Rows.all(rows, AdminDirectory.FLAGS).forEach(u -> users.add(AdminDirectory.withRoles(pool, u)));
                            return Future.all(users).map(all -> Rows.page(all.list(), count.iterator().next().getLong(0), page, size));
                        }));
    }

    private Future<JsonObject> create(WebRequest r) {
        JsonObject b = r.input().getJsonObject("body");
        long tenant = r.caller().platform() && b.getLong("tenantId") == null
                ? Caller.PLATFORM : TenantScope.forWrite(r.caller(), r.input());
        JsonArray roles = b.getJsonArray("roleIds", new JsonArray());
        return RoleGrants.check(pool, r.caller(), tenant, roles)
                .compose(v -> hasher.hash(b.getString("password")))
                .compose(hash -> pool.withTransaction(conn -> insert(conn, tenant, b, hash)
                        .compose(id -> setRoles(conn, id, roles).map(id))))
                .recover(e -> Future.failedFuture(AdminErrors.translate(e, "username " + b.getString("username") + " is taken")))
                .compose(id -> directory.find(r.caller(), id));
    }

    private Future<Long> insert(SqlConnection conn, long tenant, JsonObject b, String hash) {
        LocalDateTime now = now();
        return conn.preparedQuery("INSERT INTO admin_users (tenant_id, username, password_hash, display_name, enabled, "
                        + "password_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, TRUE, ?, ?, ?)")
                .execute(Tuple.of(tenant == Caller.PLATFORM ? null : tenant, b.getString("username"), hash, b.getString("displayName"),
                        now, now, now))
                .map(rows -> rows.property(MySQLClient.LAST_INSERTED_ID));
    }

    static Future<Void> setRoles(SqlConnection conn, long userId, JsonArray roleIds) {
        List<Tuple> batch = new ArrayList<>();
        roleIds.forEach(id -> batch.add(Tuple.of(userId, ((Number) id).longValue())));
        Future<?> cleared = conn.preparedQuery("DELETE FROM admin_user_roles WHERE user_id = ?").execute(Tuple.of(userId));
        return batch.isEmpty() ? cleared.mapEmpty() : cleared.compose(v -> conn.preparedQuery(
                "INSERT INTO admin_user_roles (user_id, role_id) VALUES (?, ?)").executeBatch(batch)).mapEmpty();
    }

    private Future<JsonObject> update(WebRequest r) {
        long id = r.input().getLong("userId");
        JsonObject b = r.input().getJsonObject("body");
        return directory.find(r.caller(), id).compose(user -> {
            JsonArray roles = b.getJsonArray("roleIds");
            Future<Void> allowed = roles == null ? Future.succeededFuture()
                    : RoleGrants.check(pool, r.caller(), user.getLong("tenantId"), roles);
            Boolean enabled = b.getBoolean("enabled");
            return allowed.compose(v -> pool.withTransaction(conn -> conn.preparedQuery("UPDATE admin_users SET "
                                    + "display_name = COALESCE(?, display_name), enabled = COALESCE(?, enabled), "
                                    + "failed_attempts = IF(? = TRUE, 0, failed_attempts), "
                                    + "locked_until = IF(? = TRUE, NULL, locked_until), "
                                    + "updated_at = ? WHERE id = ?")
                            .execute(Tuple.of(b.getString("displayName"), enabled, enabled, enabled, now(), id))
                            .compose(x -> roles == null ? Future.succeededFuture() : setRoles(conn, id, roles))))
                    .compose(x -> Boolean.FALSE.equals(enabled) ? refresh.revokeAll(Caller.Kind.ADMIN, id) : Future.succeededFuture())
                    .compose(x -> directory.find(r.caller(), id));
        });
    }

    private Future<JsonObject> resetPassword(WebRequest r) {
        long id = r.input().getLong("userId");
        return directory.find(r.caller(), id)
                .compose(user -> hasher.hash(r.input().getJsonObject("body").getString("password")))
                .compose(hash -> pool.preparedQuery("UPDATE admin_users SET password_hash = ?, password_changed_at = ?, "
                        + "failed_attempts = 0, "
                        + "locked_until = NULL, updated_at = ? WHERE id = ?").execute(Tuple.of(hash, now(), now(), id)))
                .compose(v -> refresh.revokeAll(Caller.Kind.ADMIN, id))
                .map(v -> new JsonObject());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
