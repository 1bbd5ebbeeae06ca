package io.chargeway.ykc.frame;

/**
 * Why the frame decoder dropped bytes. Each reason is counted separately by the edge
 * ({@code ykc_bad_frames_total{reason=...}}) and logged at DEBUG with a hex dump.
 */
public enum RejectReason {
    /** Bytes before a 0x68 start byte that belong to no frame. */
    GARBAGE,
    /** The length byte is below 4, the size of sequence + encryption flag + type. */
    LENGTH_TOO_SHORT,
    /** The length byte exceeds the configured hard cap. */
    OVERSIZE,
    /** The CRC matches neither byte order. */
    BAD_CRC,
    /** The encryption flag is set; V1.6 defines no cipher, so the body cannot be read. */
    ENCRYPTED,
    /** The frame type is not defined by YKC V1.6 (nor the 0xF0/0xF1 extension). */
    UNKNOWN_TYPE,
    /** The body length does not match the frame type's layout. */
    LENGTH_MISMATCH,
    /** A field holds a value its encoding does not allow (a non-decimal BCD digit, an unknown code). */
    BAD_FIELD
}
