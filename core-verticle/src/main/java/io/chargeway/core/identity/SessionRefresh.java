package io.chargeway.core.identity;

import java.time.Duration;
import java.util.function.Function;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * {@code identity.refresh} (rotate a refresh token and answer the account as it is now, so role
 * changes and disabled accounts take effect at the next refresh) and {@code identity.logout}.
 */
public final class SessionRefresh {

    private final Pool pool;
    private final RefreshTokens refresh;
    private final Function<RefreshTokens.Subject, Future<JsonObject>> driverAccounts;

    /**
     * Refresh over {@code pool}.
     *
     * @param driverAccounts the current account answer of a driver subject; fails with
     *                       {@code FORBIDDEN} when the member may no longer log in
     */
    public SessionRefresh(Pool pool, RefreshTokens refresh, Function<RefreshTokens.Subject, Future<JsonObject>> driverAccounts) {
        this.pool = pool;
        this.refresh = refresh;
        this.driverAccounts = driverAccounts;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("identity.refresh", this::rotate)
                .on("identity.logout", r -> refresh.revoke(r.input().getString("refreshToken")).map(v -> new JsonObject()));
    }

    private Future<JsonObject> rotate(WebRequest r) {
        Duration ttl = Duration.ofSeconds(r.input().getLong("refreshTtlSeconds", 2_592_000L));
        return refresh.rotate(r.input().getString("refreshToken"), ttl).compose(rotation -> {
            RefreshTokens.Subject s = rotation.subject();
            Future<JsonObject> account = s.kind() == Caller.Kind.ADMIN ? adminAccount(s) : driverAccounts.apply(s);
            return account.map(a -> a.copy().put("refreshToken", rotation.token()))
                    .recover(e -> refresh.revoke(rotation.token()).compose(v -> Future.failedFuture(e)));
        });
    }

    private Future<JsonObject> adminAccount(RefreshTokens.Subject s) {
        return pool.preparedQuery("SELECT u.enabled AND (u.tenant_id IS NULL OR t.status = 'ACTIVE') FROM admin_users u "
                        + "LEFT JOIN tenants t ON t.id = u.tenant_id WHERE u.id = ?").execute(Tuple.of(s.id()))
                .compose(rows -> {
                    boolean active = rows.iterator().hasNext() && rows.iterator().next().getInteger(0) == 1;
                    if (!active) {
                        return Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "account or its operator is disabled"));
                    }
                    return AdminDirectory.find(pool, s.id()).map(user -> AdminLogin.account(user, null));
                });
    }
}
