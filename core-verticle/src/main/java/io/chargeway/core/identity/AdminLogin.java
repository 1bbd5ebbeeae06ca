package io.chargeway.core.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.WebActions;
import io.chargeway.core.audit.AuditLog;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Admin sessions: {@code identity.admin-login} (bcrypt check; {@value #MAX_FAILURES} wrong
 * passwords in a row lock the account for {@link #LOCKOUT}; disabled accounts and accounts of
 * disabled tenants are refused), {@code identity.me} and {@code identity.change-password}. Every
 * login attempt is written to the audit log. Answers carry the account, its permissions and a new
 * refresh token; the web signs the access token.
 */
public final class AdminLogin {

    /** Wrong passwords in a row that lock an account. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final String DUMMY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoO5Q6QnQhYH5o5yqQ8b1yZ9G7o1p8M5yW";

    private final Pool pool;
    private final PasswordHasher hasher;
    private final RefreshTokens refresh;
    private final AuditLog audit;
    private final AdminDirectory directory;
    private final Clock clock;

    /** Admin sessions over {@code pool}. */
    public AdminLogin(Pool pool, PasswordHasher hasher, RefreshTokens refresh, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.hasher = hasher;
        this.refresh = refresh;
        this.audit = audit;
        this.directory = new AdminDirectory(pool);
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("identity.admin-login", this::login)
                .on("identity.me", r -> directory.find(r.caller(), r.caller().userId()))
                .on("identity.change-password", this::changePassword);
    }

    private Future<JsonObject> login(WebRequest r) {
        JsonObject b = r.input();
        String username = b.getString("username");
        Duration ttl = Duration.ofSeconds(b.getLong("refreshTtlSeconds", 2_592_000L));
        return pool.preparedQuery("SELECT u.id, u.tenant_id, u.password_hash, u.enabled, u.locked_until, t.status AS tenant_status "
                        + "FROM admin_users u LEFT JOIN tenants t ON t.id = u.tenant_id WHERE u.username = ?")
                .execute(Tuple.of(username))
                .compose(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    String hash = row == null ? DUMMY_HASH : row.getString("password_hash");
                    return hasher.verify(b.getString("password"), hash).compose(ok -> decide(r, row, ok, ttl));
                })
                .onComplete(ar -> recordAttempt(r, username, ar.succeeded() ? null : PlatformException.from(ar.cause())));
    }

    private Future<JsonObject> decide(WebRequest r, Row row, boolean passwordOk, Duration ttl) {
        if (row == null) {
            return Future.failedFuture(wrongCredentials());
        }
        long id = row.getLong("id");
        LocalDateTime lockedUntil = row.getLocalDateTime("locked_until");
        if (lockedUntil != null && lockedUntil.isAfter(now())) {
            return Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN,
                    "account locked after too many wrong passwords; retry after " + lockedUntil.toInstant(ZoneOffset.UTC)));
        }
        if (!passwordOk) {
            // MySQL evaluates SET left to right: decide the lock on the old count, then count.
            return pool.preparedQuery("UPDATE admin_users SET locked_until = IF(failed_attempts + 1 >= ?, ?, locked_until), "
                            + "failed_attempts = failed_attempts + 1 WHERE id = ?")
                    .execute(Tuple.of(MAX_FAILURES, now().plus(LOCKOUT), id))
                    .compose(v -> Future.failedFuture(wrongCredentials()));
        }
        boolean tenantActive = row.getLong("tenant_id") == null || "ACTIVE".equals(row.getString("tenant_status"));
        if (!Boolean.TRUE.equals(row.getBoolean("enabled")) || !tenantActive) {
            return Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "account or its operator is disabled"));
        }
        return pool.preparedQuery("UPDATE admin_users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?")
                .execute(Tuple.of(now(), id))
                .compose(v -> session(id, ttl));
    }

    /** The account answer for a login or refresh of admin {@code id}, with a refresh token of a new family. */
    Future<JsonObject> session(long id, Duration ttl) {
        return AdminDirectory.find(pool, id).compose(user -> refresh.issue(
                        new RefreshTokens.Subject(Caller.Kind.ADMIN, id, user.getLong("tenantId")), ttl)
                .map(token -> account(user, token)));
    }

    static JsonObject account(JsonObject user, String refreshToken) {
        return user.copy().put("kind", Caller.Kind.ADMIN.name()).put("userId", user.getLong("id")).put("refreshToken", refreshToken);
    }

    private void recordAttempt(WebRequest r, String username, PlatformException failure) {
        JsonObject entry = new JsonObject().put("operation", "adminLogin").put("method", "POST").put("path", "/api/v1/auth/admin/login")
                .put("status", failure == null ? 200 : failure.code().httpStatus())
                .put("errorCode", failure == null ? null : failure.code().name())
                .put("input", new JsonObject().put("username", username));
        audit.record(r.caller(), entry);
    }

    private Future<JsonObject> changePassword(WebRequest r) {
        JsonObject b = r.input().getJsonObject("body");
        long id = r.caller().userId();
        return pool.preparedQuery("SELECT password_hash FROM admin_users WHERE id = ?").execute(Tuple.of(id))
                .compose(rows -> rows.iterator().hasNext()
                        ? hasher.verify(b.getString("oldPassword"), rows.iterator().next().getString(0))
                        : Future.succeededFuture(false))
                .compose(ok -> ok ? hasher.hash(b.getString("newPassword"))
                        : Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "the old password is wrong")))
                .compose(hash -> pool.preparedQuery("UPDATE admin_users SET password_hash = ?, password_changed_at = ?, updated_at = ? "
                        + "WHERE id = ?").execute(Tuple.of(hash, now(), now(), id)))
                .compose(v -> refresh.revokeAll(Caller.Kind.ADMIN, id))
                .map(v -> new JsonObject());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static PlatformException wrongCredentials() {
        return new PlatformException(ErrorCode.UNAUTHORIZED, "wrong username or password");
    }
}
