package io.chargeway.core.identity;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * The rules for granting roles: a role given to an account of tenant T must be a system role or
 * a role of T; {@code PLATFORM_ADMIN} only goes to platform accounts (tenant 0) and they get no
 * tenant roles; and nobody grants a permission it does not hold itself.
 */
public final class RoleGrants {

    private RoleGrants() {
    }

    /**
     * Checks that {@code caller} may give {@code roleIds} to an account of {@code tenantId}.
     *
     * @return completes when allowed; fails with {@code BAD_REQUEST} for an unknown or foreign role,
     *         {@code FORBIDDEN} for a permission the caller lacks
     */
    public static Future<Void> check(SqlClient client, Caller caller, long tenantId, JsonArray roleIds) {
        if (roleIds == null || roleIds.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Long> ids = new ArrayList<>();
        roleIds.forEach(o -> ids.add(((Number) o).longValue()));
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        return client.preparedQuery("SELECT r.id, r.tenant_id, r.code, rp.permission_code FROM roles r LEFT JOIN role_permissions rp "
                        + "ON rp.role_id = r.id WHERE r.id IN (" + marks + ")")
                .execute(Tuple.from(ids))
                .compose(rows -> {
                    List<Long> found = new ArrayList<>();
                    for (Row row : rows) {
                        Long roleTenant = row.getLong("tenant_id");
                        boolean platformRole = "PLATFORM_ADMIN".equals(row.getString("code"));
                        boolean fits = roleTenant == null ? platformRole == (tenantId == Caller.PLATFORM) || !platformRole && tenantId != 0
                                : roleTenant == tenantId;
                        if (!fits) {
                            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST,
                                    "role " + row.getLong("id") + " cannot be given to an account of this tenant"));
                        }
                        String perm = row.getString("permission_code");
                        if (perm != null && !caller.can(perm)) {
                            return Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN,
                                    "role " + row.getLong("id") + " grants " + perm + ", which you do not hold"));
                        }
                        found.add(row.getLong("id"));
                    }
                    if (!found.containsAll(ids)) {
                        return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "unknown role in " + ids));
                    }
                    return Future.succeededFuture();
                });
    }
}
