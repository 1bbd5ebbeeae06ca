package io.chargeway.core.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Refresh tokens: 32 random bytes (base64url), stored only as their SHA-256. Each login starts a
 * family; every refresh uses the presented token up and issues the next one of the family. A token
 * presented after it was used means it was stolen or replayed: the whole family is revoked.
 */
public final class RefreshTokens {

    /** Who a refresh token belongs to. */
    public record Subject(Caller.Kind kind, long id, long tenantId) {
    }

    private final Pool pool;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Tokens stored in {@code pool}. */
    public RefreshTokens(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Starts a family for {@code subject}; the token is returned once and never stored. */
    public Future<String> issue(Subject subject, Duration ttl) {
        return pool.withConnection(conn -> insert(conn, subject, randomToken(16), ttl));
    }

    /**
     * Uses up {@code token} and issues the next one of its family.
     *
     * @return the subject and the new token; fails with {@code UNAUTHORIZED} when the token is
     *         unknown, expired, revoked, or used before (then its family is revoked)
     */
    public Future<Rotation> rotate(String token, Duration ttl) {
        return pool.withTransaction(conn -> conn.preparedQuery("SELECT id, family_id, subject_kind, subject_id, tenant_id, expires_at, "
                        + "used_at, revoked_at FROM refresh_tokens WHERE token_hash = ? FOR UPDATE").execute(Tuple.of(sha256(token)))
                .compose(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row == null || row.getLocalDateTime("revoked_at") != null || row.getLocalDateTime("expires_at").isBefore(now())) {
                        return Future.failedFuture(invalid());
                    }
                    String family = row.getString("family_id");
                    if (row.getLocalDateTime("used_at") != null) {
                        return Future.succeededFuture(new Rotation(null, family));
                    }
                    Subject subject = new Subject(Caller.Kind.valueOf(row.getString("subject_kind")), row.getLong("subject_id"),
                            row.getLong("tenant_id") == null ? Caller.PLATFORM : row.getLong("tenant_id"));
                    return conn.preparedQuery("UPDATE refresh_tokens SET used_at = ? WHERE id = ?")
                            .execute(Tuple.of(now(), row.getLong("id")))
                            .compose(v -> insert(conn, subject, family, ttl))
                            .map(next -> new Rotation(subject, next));
                }))
                .compose(rotation -> rotation.subject() != null ? Future.succeededFuture(rotation)
                        : pool.withConnection(conn -> revokeFamily(conn, rotation.token())).compose(v -> Future.failedFuture(invalid())));
    }

    /** The outcome of a rotation (inside {@link #rotate} only: a null subject carries the family of a reused token). */
    public record Rotation(Subject subject, String token) {
    }

    /** Revokes {@code token}'s family (logout); unknown tokens are ignored. */
    public Future<Void> revoke(String token) {
        return pool.preparedQuery("UPDATE refresh_tokens r JOIN refresh_tokens f ON f.family_id = r.family_id SET f.revoked_at = ? "
                + "WHERE r.token_hash = ? AND f.revoked_at IS NULL").execute(Tuple.of(now(), sha256(token))).mapEmpty();
    }

    /** Revokes every token of a subject (password change, account disabled). */
    public Future<Void> revokeAll(Caller.Kind kind, long subjectId) {
        return pool.preparedQuery("UPDATE refresh_tokens SET revoked_at = ? "
                        + "WHERE subject_kind = ? AND subject_id = ? AND revoked_at IS NULL")
                .execute(Tuple.of(now(), kind.name(), subjectId)).mapEmpty();
    }

    private Future<String> insert(SqlConnection conn, Subject subject, String family, Duration ttl) {
        String token = randomToken(32);
        LocalDateTime now = now();
        return conn.preparedQuery("INSERT INTO refresh_tokens (token_hash, family_id, subject_kind, subject_id, tenant_id, expires_at, "
                        + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .execute(Tuple.of(sha256(token), family, subject.kind().name(), subject.id(),
                        subject.tenantId() == Caller.PLATFORM ? null : subject.tenantId(), now.plus(ttl), now))
                .map(token);
    }

    private Future<Void> revokeFamily(SqlConnection conn, String family) {
        return conn.preparedQuery("UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL")
                .execute(Tuple.of(now(), family)).mapEmpty();
    }

    private String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return bytes == 16 ? HexFormat.of().formatHex(b) : Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static PlatformException invalid() {
        return new PlatformException(ErrorCode.UNAUTHORIZED, "refresh token invalid, expired or revoked; log in again");
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
