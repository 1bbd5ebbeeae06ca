package io.chargeway.contract;

import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;

/**
 * The one exception type of the platform: an {@link ErrorCode} and a message that says what went
 * wrong and, where it helps, what to do. Failures travel as failed Futures; each boundary
 * translates them (YKC reply at the edge, {@code message.fail} on the bus, HTTP at the web).
 */
public final class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /** A failure with a code and a message. */
    public PlatformException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /** A failure with a code, a message and its cause. */
    public PlatformException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The error code. */
    public ErrorCode code() {
        return code;
    }

    /** Fails a bus message with this exception's code and message. */
    public void failReply(Message<?> message) {
        message.fail(code.busCode(), getMessage());
    }

    /**
     * Translates any failure into a {@code PlatformException}: bus replies carry our codes,
     * bus timeouts and missing consumers become {@link ErrorCode#UNAVAILABLE}, everything else
     * is {@link ErrorCode#INTERNAL}.
     */
    public static PlatformException from(Throwable failure) {
        if (failure instanceof PlatformException pe) {
            return pe;
        }
        if (failure instanceof ReplyException re) {
            if (re.failureType() == ReplyFailure.TIMEOUT) {
                return new PlatformException(ErrorCode.UNAVAILABLE, "no answer on the event bus in time: " + re.getMessage(), re);
            }
            if (re.failureType() == ReplyFailure.NO_HANDLERS) {
                return new PlatformException(ErrorCode.UNAVAILABLE, "no node serves this request now: " + re.getMessage(), re);
            }
            return new PlatformException(ErrorCode.fromBusCode(re.failureCode()), re.getMessage(), re);
        }
        return new PlatformException(ErrorCode.INTERNAL, String.valueOf(failure.getMessage()), failure);
    }

    /** Fails a bus message with whatever {@code failure} translates to. */
    public static void fail(Message<?> message, Throwable failure) {
        from(failure).failReply(message);
    }
}
