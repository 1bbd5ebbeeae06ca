package io.chargeway.core.db;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.mysqlclient.MySQLException;

/**
 * What MySQL/MariaDB failures mean to the core: a duplicate key is "already done" for idempotent
 * inserts; anything else that is not already a {@link PlatformException} means the database
 * cannot serve now, and callers answer {@link ErrorCode#UNAVAILABLE} so that the other side retries.
 */
public final class MySqlErrors {

    /** ER_DUP_ENTRY. */
    public static final int DUPLICATE_KEY = 1062;

    private MySqlErrors() {
    }

    /** Whether {@code failure} is a unique-key violation. */
    public static boolean isDuplicateKey(Throwable failure) {
        return failure instanceof MySQLException e && e.getErrorCode() == DUPLICATE_KEY;
    }

    /**
     * Translates a failure of a database call: {@link PlatformException}s pass unchanged, anything
     * else becomes {@link ErrorCode#UNAVAILABLE} naming what was being done.
     */
    public static PlatformException unavailable(String doing, Throwable failure) {
        if (failure instanceof PlatformException pe) {
            return pe;
        }
        return new PlatformException(ErrorCode.UNAVAILABLE, "database unavailable while " + doing + ": " + failure.getMessage(),
                failure);
    }
}
