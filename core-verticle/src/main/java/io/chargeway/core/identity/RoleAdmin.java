package io.chargeway.core.identity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.AdminErrors;
import io.chargeway.core.admin.TenantScope;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Roles and permissions: {@code role.permissions} (the catalogue), {@code role.list} (system roles
 * and the tenant's own), {@code role.create}, {@code role.update}, {@code role.delete}. System roles
 * are fixed; tenant roles may hold only permissions their creator holds, and a role still given to
 * an account cannot be deleted.
 */
public final class RoleAdmin {

    private final Pool pool;
    private final Clock clock;

    /** Role administration over {@code pool}. */
    public RoleAdmin(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("role.permissions", r -> permissions()).on("role.list", this::list).on("role.create", this::create)
                .on("role.update", this::update).on("role.delete", this::delete);
    }

    private Future<JsonObject> permissions() {
        return pool.query("SELECT code, description FROM permissions ORDER BY code").execute().map(rows -> {
            JsonArray items = new JsonArray();
            rows.forEach(row -> items.add(new JsonObject().put("code", row.getString(0)).put("description", row.getString(1))));
            return new JsonObject().put("items", items).put("total", items.size());
        });
    }

    private Future<JsonObject> list(WebRequest r) {
        Long tenant = TenantScope.forRead(r.caller(), r.input());
        return roles(" WHERE r.tenant_id IS NULL OR (? IS NULL OR r.tenant_id = ?)", Tuple.of(tenant, tenant))
                .map(items -> new JsonObject().put("items", new JsonArray(items)).put("total", items.size()));
    }

    private Future<List<Object>> roles(String where, Tuple args) {
        return pool.preparedQuery("SELECT r.id, r.tenant_id, r.code, r.name, rp.permission_code FROM roles r "
                + "LEFT JOIN role_permissions rp ON rp.role_id = r.id" + where + " ORDER BY r.id, rp.permission_code").execute(args)
                .map(rows -> {
                    Map<Long, JsonObject> byId = new LinkedHashMap<>();
                    for (Row row : rows) {
                        JsonObject role = byId.computeIfAbsent(row.getLong("id"), id -> new JsonObject().put("id", id)
                                .put("tenantId", row.getLong("tenant_id")).put("code", row.getString("code"))
                                .put("name", row.getString("name")).put("system", row.getLong("tenant_id") == null)
                                .put("permissions", new JsonArray()));
                        if (row.getString("permission_code") != null) {
                            role.getJsonArray("permissions").add(row.getString("permission_code"));
                        }
                    }
                    return new ArrayList<>(byId.values());
                });
    }

    private Future<JsonObject> find(WebRequest r, long id) {
        return roles(" WHERE r.id = ?", Tuple.of(id)).compose(list -> {
            JsonObject role = list.isEmpty() ? null : (JsonObject) list.get(0);
            if (role == null || role.getLong("tenantId") != null && !TenantScope.visible(r.caller(), role.getLong("tenantId"))) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no role " + id));
            }
            return Future.succeededFuture(role);
        });
    }

    private Future<JsonObject> create(WebRequest r) {
        long tenant = TenantScope.forWrite(r.caller(), r.input());
        JsonObject b = r.input().getJsonObject("body");
        checkGrantable(r, b.getJsonArray("permissions"));
        LocalDateTime now = now();
        return pool.withTransaction(conn -> conn.preparedQuery("INSERT INTO roles (tenant_id, name, created_at, updated_at) "
                                + "VALUES (?, ?, ?, ?)").execute(Tuple.of(tenant, b.getString("name"), now, now))
                        .compose(rows -> {
                            long id = rows.property(MySQLClient.LAST_INSERTED_ID);
                            return setPermissions(conn, id, b.getJsonArray("permissions")).map(id);
                        }))
                .recover(e -> Future.failedFuture(AdminErrors.translate(e, "role exists")))
                .compose(id -> find(r, id));
    }

    private Future<JsonObject> update(WebRequest r) {
        long id = r.input().getLong("roleId");
        JsonObject b = r.input().getJsonObject("body");
        return find(r, id).compose(role -> {
            if (role.getBoolean("system")) {
                return Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "system roles cannot be changed"));
            }
            checkGrantable(r, b.getJsonArray("permissions"));
            return pool.withTransaction(conn -> conn.preparedQuery("UPDATE roles SET name = ?, updated_at = ? WHERE id = ?")
                            .execute(Tuple.of(b.getString("name"), now(), id))
                            .compose(v -> setPermissions(conn, id, b.getJsonArray("permissions"))))
                    .recover(e -> Future.failedFuture(AdminErrors.translate(e, "role exists")))
                    .compose(v -> find(r, id));
        });
    }

    private Future<JsonObject> delete(WebRequest r) {
        long id = r.input().getLong("roleId");
        return find(r, id).compose(role -> {
            if (role.getBoolean("system")) {
                return Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "system roles cannot be deleted"));
            }
            return pool.preparedQuery("SELECT COUNT(*) FROM admin_user_roles WHERE role_id = ?").execute(Tuple.of(id))
                    .compose(rows -> rows.iterator().next().getLong(0) > 0
                            ? Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "role " + id + " is still given to accounts"))
                            : pool.preparedQuery("DELETE FROM roles WHERE id = ?").execute(Tuple.of(id)).map(new JsonObject()));
        });
    }

    private static void checkGrantable(WebRequest r, JsonArray permissions) {
        for (Object p : permissions) {
            if (!r.caller().can(String.valueOf(p))) {
                throw new PlatformException(ErrorCode.FORBIDDEN, "you cannot grant " + p + ", which you do not hold");
            }
        }
    }

    private static Future<Void> setPermissions(SqlConnection conn, long roleId, JsonArray permissions) {
        List<Tuple> batch = new ArrayList<>();
        permissions.forEach(p -> batch.add(Tuple.of(roleId, String.valueOf(p))));
        Future<?> cleared = conn.preparedQuery("DELETE FROM role_permissions WHERE role_id = ?").execute(Tuple.of(roleId));
        return batch.isEmpty() ? cleared.mapEmpty()
                : cleared.compose(v -> conn.preparedQuery("INSERT INTO role_permissions (role_id, permission_code) VALUES (?, ?)")
                        .executeBatch(batch)).mapEmpty();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
