package io.chargeway.ykc.field;

import io.chargeway.ykc.frame.RejectReason;

/**
 * Thrown by body codecs when a field cannot be decoded or encoded. The frame decoder turns it
 * into a {@link io.chargeway.ykc.frame.FrameRejection} value; it never leaves the decoder.
 */
public final class FieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RejectReason reason;

    /**
     * A field with a value its encoding does not allow.
     *
     * @param field   the field name as in the record, e.g. {@code pileNo}
     * @param problem what is wrong, e.g. {@code "BCD digit 0xA at byte 3"}
     */
    public FieldException(String field, String problem) {
        this(RejectReason.BAD_FIELD, field + ": " + problem);
    }

    private FieldException(RejectReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** A body whose length does not fit the frame type's layout. */
    public static FieldException lengthMismatch(String problem) {
        return new FieldException(RejectReason.LENGTH_MISMATCH, problem);
    }

    /** {@link RejectReason#BAD_FIELD} or {@link RejectReason#LENGTH_MISMATCH}. */
    public RejectReason reason() {
        return reason;
    }
}
