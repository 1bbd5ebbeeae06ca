package io.chargeway.core.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first platform admin when there is no admin account at all, so a fresh install can
 * be administered: username and password from {@code identity.bootstrapAdmin} in the config, or
 * {@code admin} with a random password written once to the log. Does nothing when any admin exists.
 */
public final class BootstrapAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private BootstrapAdmin() {
    }

    /**
     * Ensures an admin exists.
     *
     * @return completes when one exists; fails with the database error
     */
    public static Future<Void> ensure(Pool pool, PasswordHasher hasher, JsonObject config, Clock clock) {
        JsonObject boot = config.getJsonObject("identity", new JsonObject()).getJsonObject("bootstrapAdmin", new JsonObject());
        String username = boot.getString("username", "admin");
        boolean generated = boot.getString("password") == null;
        String password = generated ? randomPassword() : boot.getString("password");
        return pool.query("SELECT COUNT(*) FROM admin_users").execute().compose(rows -> {
            if (rows.iterator().next().getLong(0) > 0) {
                return Future.succeededFuture();
            }
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            return hasher.hash(password).compose(hash -> pool.withTransaction(conn -> conn.preparedQuery(
                            "INSERT INTO admin_users (tenant_id, username, password_hash, display_name, enabled, password_changed_at, "
                                    + "created_at, updated_at) SELECT NULL, ?, ?, 'Platform admin', TRUE, ?, ?, ? FROM DUAL "
                                    + "WHERE NOT EXISTS (SELECT 1 FROM admin_users)")
                    .execute(Tuple.of(username, hash, now, now, now))
                    .compose(ins -> ins.rowCount() == 0 ? Future.succeededFuture() : conn.preparedQuery(
                            "INSERT INTO admin_user_roles (user_id, role_id) SELECT u.id, r.id FROM admin_users u, roles r "
                                    + "WHERE u.username = ? AND r.code = 'PLATFORM_ADMIN'").execute(Tuple.of(username))
                            .onSuccess(v -> {
                                if (generated) {
                                    LOG.warn("first platform admin created [username: {}, password: {}]: change the password now",
                                            username, password);
                                } else {
                                    LOG.info("first platform admin created [username: {}]", username);
                                }
                            }))))
                    .mapEmpty();
        });
    }

    private static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
