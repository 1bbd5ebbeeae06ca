package io.chargeway.ykc.message.card;

import java.nio.ByteBuffer;
import java.util.List;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.frame.FrameDecoder;

/**
 * The size rules shared by the card-list frames 0x44..0x48: a fixed head (pile number, and a
 * count byte in the platform's frames) followed by fixed-size entries. Decoding checks that the
 * body length fits the entries exactly; encoding refuses lists that would exceed the decoder's
 * length cap, so that no frame is sent that a pile or this platform would drop as OVERSIZE.
 *
 * @param type    the frame type, e.g. {@code 0x44}, for messages
 * @param head    bytes before the first entry
 * @param entry   bytes per entry
 * @param counted whether the last head byte counts the entries (platform frames) or the body length does (pile replies)
 */
record CardListLayout(String type, int head, int entry, boolean counted) {

    /** The length byte the V1.6 document caps frames at; chunk sizes keep every frame within it (open point 16). */
    static final int DOCUMENT_MAX_LENGTH = 200;

    /** Entries that fit a frame whose length byte is at most {@code maxLength}. */
    static int fitting(int maxLength, int head, int entry) {
        return (maxLength - FrameDecoder.HEADER_IN_LENGTH - head) / entry;
    }

    /**
     * The number of entries of a body, checked against its length.
     *
     * @throws FieldException with LENGTH_MISMATCH if the length does not fit the count or the entry size
     */
    int entries(ByteBuffer b, int o, int length) {
        if (length < head) {
            throw FieldException.lengthMismatch(String.format("%s body of %d bytes is shorter than its %d-byte head",
                    type, length, head));
        }
        if (counted) {
            int count = LittleEndian.u8(b, o + head - 1);
            int expected = head + count * entry;
            if (length != expected) {
                throw FieldException.lengthMismatch(String.format("%s count %d needs a %d-byte body (%d + %d x %d), got %d",
                        type, count, expected, head, entry, count, length));
            }
            return count;
        }
        if ((length - head) % entry != 0) {
            throw FieldException.lengthMismatch(String.format("%s body of %d bytes is not %d + a multiple of %d",
                    type, length, head, entry));
        }
        return (length - head) / entry;
    }

    /**
     * Checks that {@code list} fits one frame under the decoder's default length cap.
     *
     * @throws FieldException naming the limit and the chunk size to split by
     */
    void checkFits(String field, List<?> list, int perFrame) {
        int max = fitting(FrameDecoder.DEFAULT_MAX_LENGTH, head, entry);
        if (list.size() > max) {
            throw new FieldException(field, String.format(
                    "%d entries do not fit one %s frame: at most %d fit the length cap of %d; split the list into chunks of %d",
                    list.size(), type, max, FrameDecoder.DEFAULT_MAX_LENGTH, perFrame));
        }
    }
}
