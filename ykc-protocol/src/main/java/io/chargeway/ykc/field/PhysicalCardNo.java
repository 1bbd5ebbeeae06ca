package io.chargeway.ykc.field;

import java.nio.ByteBuffer;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A physical card number (物理卡号): the card UID read from the card, 8 BIN bytes, right
 * aligned and zero padded on the left (section 2.1). Kept as the 8 bytes in wire order, shown
 * as 16 upper-case hex digits, e.g. {@code 00000000D14B0A54}.
 *
 * @param bits the 8 bytes, first wire byte most significant
 */
public record PhysicalCardNo(long bits) {

    /** Bytes on the wire. */
    public static final int LENGTH = 8;
    /** No card (all zero). */
    public static final PhysicalCardNo NONE = new PhysicalCardNo(0);

    /**
     * Parses 1..16 hex digits (left padded with zeros).
     *
     * @throws IllegalArgumentException if the text is not hex
     */
    @JsonCreator
    public static PhysicalCardNo parse(String text) {
        String t = text.trim();
        if (!t.matches("[0-9A-Fa-f]{1,16}")) {
            throw new IllegalArgumentException("physical card number must be 1 to 16 hex digits, got '" + text + "'");
        }
        return new PhysicalCardNo(Long.parseUnsignedLong(t, 16));
    }

    /** Reads 8 bytes at {@code offset}, first byte most significant. */
    public static PhysicalCardNo read(ByteBuffer buf, int offset) {
        long bits = 0;
        for (int i = 0; i < LENGTH; i++) {
            bits = bits << 8 | (buf.get(offset + i) & 0xFF);
        }
        return bits == 0 ? NONE : new PhysicalCardNo(bits);
    }

    /** Writes the 8 bytes in wire order. */
    public void write(ByteBuffer out) {
        for (int i = LENGTH - 1; i >= 0; i--) {
            out.put((byte) (bits >>> (8 * i)));
        }
    }

    /** Whether no card is given (all zero). */
    public boolean isNone() {
        return bits == 0;
    }

    @JsonValue
    @Override
    public String toString() {
        return HexFormat.of().withUpperCase().toHexDigits(bits);
    }
}
