package io.chargeway.core.identity;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * bcrypt password hashes (cost {@value #COST}, about 50-100 ms per hash on one core). Hashing and
 * verifying run on a worker thread: they are CPU-bound by design and would stall an event loop.
 */
public final class PasswordHasher {

    /** The bcrypt cost factor (2^cost rounds). */
    public static final int COST = 10;
    /** bcrypt reads at most 72 bytes of a password. */
    public static final int MAX_BYTES = 72;

    private final Vertx vertx;
    private final int cost;

    /** A hasher with the default cost. */
    public PasswordHasher(Vertx vertx) {
        this(vertx, COST);
    }

    /** A hasher with a given cost (4..31; tests use a low one). */
    public PasswordHasher(Vertx vertx, int cost) {
        this.vertx = vertx;
        this.cost = cost;
    }

    /** The hash of {@code password}, computed on a worker thread. */
    public Future<String> hash(String password) {
        // executeBlocking: bcrypt is deliberately slow CPU work; unordered so logins do not queue behind each other.
        return vertx.executeBlocking(() -> BCrypt.withDefaults().hashToString(cost, truncated(password)), false);
    }

    /** Whether {@code password} matches {@code hash}, computed on a worker thread; false for a malformed hash. */
    public Future<Boolean> verify(String password, String hash) {
        // executeBlocking: as above, verification costs the same as hashing.
        return vertx.executeBlocking(() -> BCrypt.verifyer().verify(truncated(password), hash.getBytes(StandardCharsets.UTF_8)).verified,
                false);
    }

    private static char[] truncated(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return password.toCharArray();
        }
        return new String(bytes, 0, MAX_BYTES, StandardCharsets.UTF_8).toCharArray();
    }
}
