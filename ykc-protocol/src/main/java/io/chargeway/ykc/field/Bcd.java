package io.chargeway.ykc.field;

import java.nio.ByteBuffer;

/**
 * Packed BCD as YKC uses it (section 2): two decimal digits per byte, most significant digit
 * first, left-padded with zeros. Values of up to 18 digits are carried in a {@code long}.
 */
public final class Bcd {

    private Bcd() {
    }

    /**
     * Reads {@code length} bytes (2 digits each, at most 9 bytes) as a decimal number.
     *
     * @throws FieldException if a nibble is not a decimal digit
     */
    public static long read(ByteBuffer buf, int offset, int length, String field) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            int b = buf.get(offset + i) & 0xFF;
            int hi = b >>> 4;
            int lo = b & 0x0F;
            if (hi > 9 || lo > 9) {
                throw new FieldException(field, String.format("byte %d (0x%02X) is not two BCD digits", i, b));
            }
            value = value * 100 + hi * 10 + lo;
        }
        return value;
    }

    /** Reads one BCD byte (a gun number, for example). */
    public static int read1(ByteBuffer buf, int offset, String field) {
        return (int) read(buf, offset, 1, field);
    }

    /**
     * Writes {@code value} as {@code length} BCD bytes.
     *
     * @throws FieldException if the value is negative or has more than {@code 2 * length} digits
     */
    public static void write(ByteBuffer out, long value, int length, String field) {
        if (value < 0 || (length < 9 && value >= pow10(2 * length))) {
            throw new FieldException(field, "value " + value + " does not fit " + (2 * length) + " BCD digits");
        }
        long divisor = pow10(2 * length - 2);
        long rest = value;
        for (int i = 0; i < length; i++) {
            int pair = (int) (rest / divisor);
            rest %= divisor;
            out.put((byte) ((pair / 10) << 4 | pair % 10));
            divisor /= 100;
        }
    }

    /**
     * Reads BCD-declared bytes whose nibbles may hold non-decimal padding (an ICCID padded with
     * F, say) as a string of hex digits, two per byte, so that nothing is lost.
     */
    public static String readHexDigits(ByteBuffer buf, int offset, int length) {
        StringBuilder sb = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            int b = buf.get(offset + i) & 0xFF;
            sb.append(Character.toUpperCase(Character.forDigit(b >>> 4, 16)));
            sb.append(Character.toUpperCase(Character.forDigit(b & 0x0F, 16)));
        }
        return sb.toString();
    }

    /**
     * Writes a string of hex digits as {@code length} bytes, left-padded with zeros.
     *
     * @throws FieldException if the text is longer than {@code 2 * length} or not hex
     */
    public static void writeHexDigits(ByteBuffer out, String digits, int length, String field) {
        if (digits.length() > 2 * length || !digits.matches("[0-9A-Fa-f]*")) {
            throw new FieldException(field, "'" + digits + "' is not at most " + (2 * length) + " hex digits");
        }
        String padded = "0".repeat(2 * length - digits.length()) + digits;
        for (int i = 0; i < length; i++) {
            out.put((byte) Integer.parseInt(padded.substring(2 * i, 2 * i + 2), 16));
        }
    }

    /**
     * {@code value} in {@code width} decimal digits, zero padded on the left, as a BCD field of
     * {@code width / 2} bytes reads (what {@code String.format("%0<width>d", value)} gives, without
     * its cost).
     *
     * @throws IllegalArgumentException if the value is negative or has more than {@code width} digits
     */
    public static String digits(long value, int width) {
        if (value < 0 || width < 19 && value >= pow10(width)) {
            throw new IllegalArgumentException(value + " does not fit " + width + " decimal digits");
        }
        char[] out = new char[width];
        long v = value;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return new String(out);
    }

    /** 10 to the power {@code n}, for {@code n} in 0..18. */
    static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
