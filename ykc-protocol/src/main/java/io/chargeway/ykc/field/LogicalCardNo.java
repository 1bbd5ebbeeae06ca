package io.chargeway.ykc.field;

import java.nio.ByteBuffer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A logical card number (逻辑卡号): the 16 digits printed on a card, 8 BCD bytes, shown on the
 * pile's screen only (section 2.1). Also used to show the user account on remote starts.
 *
 * @param value 0 .. 10^16 - 1
 */
public record LogicalCardNo(long value) {

    /** Bytes on the wire. */
    public static final int LENGTH = 8;
    /** No card. */
    public static final LogicalCardNo NONE = new LogicalCardNo(0);

    /** Validates the range. */
    public LogicalCardNo {
        if (value < 0 || value >= 10_000_000_000_000_000L) {
            throw new IllegalArgumentException("logical card number must have at most 16 digits: " + value);
        }
    }

    /**
     * Parses up to 16 decimal digits.
     *
     * @throws IllegalArgumentException if the text is not 1..16 digits
     */
    @JsonCreator
    public static LogicalCardNo parse(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,16}")) {
            throw new IllegalArgumentException("logical card number must be 1 to 16 digits, got '" + text + "'");
        }
        return new LogicalCardNo(Long.parseLong(t));
    }

    /** Reads 8 BCD bytes at {@code offset}. */
    public static LogicalCardNo read(ByteBuffer buf, int offset, String field) {
        return new LogicalCardNo(Bcd.read(buf, offset, LENGTH, field));
    }

    /** Writes 8 BCD bytes. */
    public void write(ByteBuffer out, String field) {
        Bcd.write(out, value, LENGTH, field);
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%016d", value);
    }
}
