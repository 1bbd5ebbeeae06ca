package io.chargeway.contract;

/**
 * Every failure the platform reports, with the HTTP status the web maps it to and the failure
 * code it travels with on the event bus ({@code ReplyException.failureCode()}).
 */
public enum ErrorCode {
    /** The request is malformed: a missing or invalid field. */
    BAD_REQUEST(400, 4000),
    /** No valid credentials: a missing, malformed, expired or revoked token, or a wrong password. */
    UNAUTHORIZED(401, 4010),
    /** The caller is known but lacks the permission, or the account is locked or disabled. */
    FORBIDDEN(403, 4030),
    /** The body is larger than the configured limit. */
    PAYLOAD_TOO_LARGE(413, 4130),
    /** Too many attempts (logins, SMS codes) in the current window; retry later. */
    TOO_MANY_REQUESTS(429, 4290),
    /** The pile number is not in the registry. */
    PILE_NOT_REGISTERED(404, 4041),
    /** The pile is registered but disabled. */
    PILE_DISABLED(403, 4031),
    /** No edge node holds a connection to the pile. */
    PILE_OFFLINE(409, 4091),
    /** The pile is connected but busy with another command of the same kind. */
    PILE_BUSY(409, 4092),
    /** The pile answered and refused the command. */
    COMMAND_REJECTED(422, 4221),
    /** The pile did not answer within the command timeout. */
    COMMAND_TIMEOUT(504, 5041),
    /** Something the request names does not exist. */
    NOT_FOUND(404, 4040),
    /** The member's balance does not cover the request, or the member owes money from an earlier session. */
    PAYMENT_REQUIRED(402, 4020),
    /** The request conflicts with the current state (e.g. the gun is already in use). */
    CONFLICT(409, 4090),
    /** A dependency (database, Redis, another role) cannot be reached now; retry later. */
    UNAVAILABLE(503, 5030),
    /** A defect; the log has the details. */
    INTERNAL(500, 5000);

    private final int httpStatus;
    private final int busCode;

    ErrorCode(int httpStatus, int busCode) {
        this.httpStatus = httpStatus;
        this.busCode = busCode;
    }

    /** The HTTP status the web answers with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The failure code on the event bus. */
    public int busCode() {
        return busCode;
    }

    /**
     * The code for a bus failure code.
     *
     * @return the matching code, or {@link #INTERNAL} for codes this build does not know
     *         (including Vert.x's own negative codes, which are mapped by {@link PlatformException#from})
     */
    public static ErrorCode fromBusCode(int busCode) {
        for (ErrorCode c : values()) {
            if (c.busCode == busCode) {
                return c;
            }
        }
        return INTERNAL;
    }
}
