package io.chargeway.core.admin;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.mysqlclient.MySQLException;

/** Maps database failures of admin writes to platform errors. */
public final class AdminErrors {

    private static final int DUPLICATE_KEY = 1062;
    private static final int FOREIGN_KEY = 1452;
    private static final int CHECK_CONSTRAINT = 4025;

    private AdminErrors() {
    }

    /**
     * A duplicate key becomes {@code CONFLICT} with {@code duplicateMessage}, a broken reference or
     * check {@code BAD_REQUEST}; anything else passes through {@link PlatformException#from}.
     */
    public static PlatformException translate(Throwable failure, String duplicateMessage) {
        if (failure instanceof MySQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                return new PlatformException(ErrorCode.CONFLICT, duplicateMessage);
            }
            if (e.getErrorCode() == FOREIGN_KEY || e.getErrorCode() == CHECK_CONSTRAINT) {
                return new PlatformException(ErrorCode.BAD_REQUEST, "a referenced row does not exist or a value is out of range");
            }
        }
        return PlatformException.from(failure);
    }
}
