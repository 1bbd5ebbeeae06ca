package io.chargeway.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.core.admin.Rows;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Reads admin accounts with their roles and effective permissions (the union of their roles').
 */
public final class AdminDirectory {

    static final String COLUMNS = "SELECT u.id, COALESCE(u.tenant_id, 0) AS tenantId, u.username, u.display_name AS displayName, "
            + "u.enabled, u.locked_until AS lockedUntil, u.last_login_at AS lastLoginAt, u.created_at AS createdAt FROM admin_users u";
    static final Set<String> FLAGS = Set.of("enabled");

    private final Pool pool;

    /** A directory over {@code pool}. */
    public AdminDirectory(Pool pool) {
        this.pool = pool;
    }

    /**
     * The account with roles and permissions, if {@code caller} may see it (same tenant, or platform).
     *
     * @return the account; fails with {@code NOT_FOUND} otherwise
     */
    public Future<JsonObject> find(Caller caller, long userId) {
        return find(pool, userId).compose(user -> {
            if (user == null || !caller.platform() && user.getLong("tenantId") != caller.tenantId()) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no admin user " + userId));
            }
            return Future.succeededFuture(user);
        });
    }

    /** The account with roles and permissions, or null. */
    public static Future<JsonObject> find(SqlClient client, long userId) {
        return client.preparedQuery(COLUMNS + " WHERE u.id = ?").execute(Tuple.of(userId)).compose(rows -> {
            if (!rows.iterator().hasNext()) {
                return Future.succeededFuture(null);
            }
            JsonObject user = Rows.json(rows.iterator().next(), FLAGS);
            return withRoles(client, user);
        });
    }

    /** Adds {@code roles} ([{id, code, name}]) and {@code permissions} (sorted codes) to {@code user}. */
    public static Future<JsonObject> withRoles(SqlClient client, JsonObject user) {
        return client.preparedQuery("SELECT r.id, r.code, r.name, rp.permission_code FROM admin_user_roles ur "
                        + "JOIN roles r ON r.id = ur.role_id "
                        + "LEFT JOIN role_permissions rp ON rp.role_id = r.id WHERE ur.user_id = ? ORDER BY r.id")
                .execute(Tuple.of(user.getLong("id")))
                .map(rows -> {
                    List<Long> seen = new ArrayList<>();
                    JsonArray roles = new JsonArray();
                    Set<String> perms = new TreeSet<>();
                    for (Row row : rows) {
                        if (!seen.contains(row.getLong("id"))) {
                            seen.add(row.getLong("id"));
                            roles.add(new JsonObject().put("id", row.getLong("id")).put("code", row.getString("code"))
                                    .put("name", row.getString("name")));
                        }
                        if (row.getString("permission_code") != null) {
                            perms.add(row.getString("permission_code"));
                        }
                    }
                    return user.put("roles", roles).put("permissions", new JsonArray(new ArrayList<>(perms)));
                });
    }
}
