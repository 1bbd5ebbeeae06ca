package io.chargeway.ykc.frame;

import java.util.HexFormat;

/**
 * A frame (or run of bytes) the decoder dropped, as a value: the reason, a sentence for field
 * engineers saying exactly what is wrong, and the bytes concerned for a hex dump.
 *
 * @param reason   the counted reason
 * @param detail   what is wrong, e.g. {@code "CRC expected 0x7FC1 (C1 7F), frame carries 0x1234"}
 * @param frameType the frame type byte when the header could be read, otherwise -1
 * @param bytes    the dropped bytes (a copy)
 */
public record FrameRejection(RejectReason reason, String detail, int frameType, byte[] bytes) {

    /** The dropped bytes as upper-case hex separated by spaces, for logs. */
    public String hexDump() {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }

    @Override
    public String toString() {
        return reason + ": " + detail + " [" + hexDump() + "]";
    }
}
