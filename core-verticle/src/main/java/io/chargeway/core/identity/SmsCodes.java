package io.chargeway.core.identity;

import java.security.SecureRandom;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.core.Future;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;

/**
 * Driver login codes in Redis, shared by every core node: six random digits valid for
 * {@value #TTL_SECONDS} s, stored as a SHA-256 of tenant, phone and code; at most one code a
 * minute and {@value #PER_DAY} a day per phone; {@value #MAX_TRIES} wrong tries burn the code;
 * a code works once.
 *
 * <ul>
 *   <li>{@code cw:sms:code:{tenant}:{phone}}: hash {@code digest}, {@code tries}; TTL {@value #TTL_SECONDS} s</li>
 *   <li>{@code cw:sms:minute:{phone}}, {@code cw:sms:day:{phone}}: counters with TTL 60 s / 86400 s</li>
 * </ul>
 */
public final class SmsCodes {

    /** Seconds a code stays valid. */
    public static final int TTL_SECONDS = 300;
    /** Codes a phone may get per day. */
    public static final int PER_DAY = 10;
    /** Wrong tries that burn a code. */
    public static final int MAX_TRIES = 5;

    private final RedisAPI redis;
    private final SecureRandom random = new SecureRandom();

    /** Codes kept in {@code redis}. */
    public SmsCodes(RedisAPI redis) {
        this.redis = redis;
    }

    /**
     * A new code for a phone of a tenant.
     *
     * @return the code (to be sent, never stored in clear); fails with {@code TOO_MANY_REQUESTS}
     *         when the phone had a code within the minute or {@value #PER_DAY} today
     */
    public Future<String> issue(long tenantId, String phone) {
        return count("cw:sms:minute:" + phone, 60).compose(minute -> count("cw:sms:day:" + phone, 86_400).compose(day -> {
            if (minute > 1 || day > PER_DAY) {
                return Future.failedFuture(new PlatformException(ErrorCode.TOO_MANY_REQUESTS,
                        "too many codes for this phone; wait a minute (at most " + PER_DAY + " a day)"));
            }
            String code = String.format("%06d", random.nextInt(1_000_000));
            String key = key(tenantId, phone);
            return redis.hset(List.of(key, "digest", RefreshTokens.sha256(tenantId + ":" + phone + ":" + code), "tries", "0"))
                    .compose(v -> redis.expire(List.of(key, String.valueOf(TTL_SECONDS))))
                    .map(code);
        }));
    }

    /**
     * Checks a code and uses it up.
     *
     * @return completes when the code is right; fails with {@code UNAUTHORIZED} when there is no
     *         code, it expired, it is wrong, or it was burnt by too many wrong tries
     */
    public Future<Void> verify(long tenantId, String phone, String code) {
        String key = key(tenantId, phone);
        return redis.hget(key, "digest").compose(digest -> {
            if (digest == null) {
                return Future.failedFuture(wrong());
            }
            if (digest.toString().equals(RefreshTokens.sha256(tenantId + ":" + phone + ":" + code))) {
                return redis.del(List.of(key)).compose(deleted -> deleted.toInteger() == 1 ? Future.<Void>succeededFuture()
                        : Future.failedFuture(wrong()));
            }
            return redis.hincrby(key, "tries", "1").compose(tries -> tries.toInteger() >= MAX_TRIES
                    ? redis.del(List.of(key)).compose(v -> Future.failedFuture(wrong())) : Future.failedFuture(wrong()));
        });
    }

    private Future<Long> count(String key, int ttlSeconds) {
        return redis.incr(key).compose((Response n) -> {
            long value = n.toLong();
            return value == 1 ? redis.expire(List.of(key, String.valueOf(ttlSeconds))).map(value) : Future.succeededFuture(value);
        });
    }

    private static String key(long tenantId, String phone) {
        return "cw:sms:code:" + tenantId + ":" + phone;
    }

    private static PlatformException wrong() {
        return new PlatformException(ErrorCode.UNAUTHORIZED, "wrong or expired code");
    }
}
