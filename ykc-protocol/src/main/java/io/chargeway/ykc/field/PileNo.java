package io.chargeway.ykc.field;

import java.nio.ByteBuffer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A pile number (桩编码): 14 decimal digits sent as 7 BCD bytes (section 2.1), assigned by the
 * platform. Shown zero padded, e.g. {@code 32010600019236}.
 *
 * @param value the number, 0 .. 10^14 - 1
 */
public record PileNo(long value) implements Comparable<PileNo> {

    /** Bytes on the wire. */
    public static final int LENGTH = 7;
    private static final long LIMIT = 100_000_000_000_000L;

    /** Validates the range. */
    public PileNo {
        if (value < 0 || value >= LIMIT) {
            throw new IllegalArgumentException("pile number must have at most 14 digits: " + value);
        }
    }

    /**
     * Parses up to 14 decimal digits.
     *
     * @throws IllegalArgumentException if the text is not 1..14 digits
     */
    @JsonCreator
    public static PileNo parse(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,14}")) {
            throw new IllegalArgumentException("pile number must be 1 to 14 digits, got '" + text + "'");
        }
        return new PileNo(Long.parseLong(t));
    }

    /** Reads 7 BCD bytes at {@code offset}. */
    public static PileNo read(ByteBuffer buf, int offset) {
        return new PileNo(Bcd.read(buf, offset, LENGTH, "pileNo"));
    }

    /** Writes 7 BCD bytes. */
    public void write(ByteBuffer out) {
        Bcd.write(out, value, LENGTH, "pileNo");
    }

    @Override
    public int compareTo(PileNo other) {
        return Long.compare(value, other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return Bcd.digits(value, 14);
    }
}
