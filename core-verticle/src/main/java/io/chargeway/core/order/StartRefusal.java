package io.chargeway.core.order;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;

/**
 * Why an order could not be opened, with what each start path answers: the platform start fails
 * its request with the {@link ErrorCode}; a start at the pile (0x31) is refused with the YKC
 * failure code of 0x32 (reference 7.2).
 */
public enum StartRefusal {
    /** No member holds the card or vehicle. */
    UNKNOWN_ACCOUNT(ErrorCode.NOT_FOUND, 0x01),
    /** The member is frozen. */
    MEMBER_FROZEN(ErrorCode.FORBIDDEN, 0x02),
    /** The available balance does not cover the start. */
    INSUFFICIENT_BALANCE(ErrorCode.PAYMENT_REQUIRED, 0x03),
    /** The member owes money from an earlier session ("unsettled record"). */
    IN_ARREARS(ErrorCode.PAYMENT_REQUIRED, 0x04),
    /** The pile is disabled. */
    PILE_DISABLED(ErrorCode.CONFLICT, 0x05),
    /** The vehicle is not bound to any member. */
    UNKNOWN_VIN(ErrorCode.NOT_FOUND, 0x09),
    /** Another order holds the gun. */
    GUN_BUSY(ErrorCode.CONFLICT, 0x0A),
    /** The pile asked for a start mode the platform does not support (account + password). */
    UNSUPPORTED_MODE(ErrorCode.BAD_REQUEST, 0x0B);

    private final ErrorCode errorCode;
    private final int ykcCode;

    StartRefusal(ErrorCode errorCode, int ykcCode) {
        this.errorCode = errorCode;
        this.ykcCode = ykcCode;
    }

    /** The 0x32 failure reason. */
    public int ykcCode() {
        return ykcCode;
    }

    /** The failure of a platform start request, with {@code detail} as its message. */
    public PlatformException toException(String detail) {
        return new PlatformException(errorCode, detail);
    }
}
