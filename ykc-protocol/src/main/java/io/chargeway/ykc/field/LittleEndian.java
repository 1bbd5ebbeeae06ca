package io.chargeway.ykc.field;

import java.nio.ByteBuffer;

/**
 * Unsigned little-endian reads and writes of YKC "BIN" fields (section 2: multi-byte BIN is
 * little-endian) at absolute offsets of a frame buffer.
 */
public final class LittleEndian {

    private LittleEndian() {
    }

    /** One unsigned byte. */
    public static int u8(ByteBuffer buf, int offset) {
        return buf.get(offset) & 0xFF;
    }

    /** Two bytes, low first. */
    public static int u16(ByteBuffer buf, int offset) {
        return (buf.get(offset) & 0xFF) | (buf.get(offset + 1) & 0xFF) << 8;
    }

    /** Three bytes, low first. */
    public static int u24(ByteBuffer buf, int offset) {
        return u16(buf, offset) | (buf.get(offset + 2) & 0xFF) << 16;
    }

    /** Four bytes, low first, as an unsigned value. */
    public static long u32(ByteBuffer buf, int offset) {
        return u16(buf, offset) | (long) u16(buf, offset + 2) << 16;
    }

    /** Five bytes, low first (the meter readings of 0x3B). */
    public static long u40(ByteBuffer buf, int offset) {
        return u32(buf, offset) | (long) (buf.get(offset + 4) & 0xFF) << 32;
    }

    /** Writes one byte; {@code value} must fit 0..255. */
    public static void put8(ByteBuffer out, String field, int value) {
        check(field, value, 0xFF);
        out.put((byte) value);
    }

    /** Writes two bytes, low first; {@code value} must fit 0..65535. */
    public static void put16(ByteBuffer out, String field, int value) {
        check(field, value, 0xFFFF);
        out.put((byte) value).put((byte) (value >>> 8));
    }

    /** Writes three bytes, low first. */
    public static void put24(ByteBuffer out, String field, int value) {
        check(field, value, 0xFF_FFFF);
        out.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16));
    }

    /** Writes four bytes, low first; {@code value} must fit 0..2^32-1. */
    public static void put32(ByteBuffer out, String field, long value) {
        check(field, value, 0xFFFF_FFFFL);
        for (int i = 0; i < 4; i++) {
            out.put((byte) (value >>> (8 * i)));
        }
    }

    /** Writes five bytes, low first; {@code value} must fit 0..2^40-1. */
    public static void put40(ByteBuffer out, String field, long value) {
        check(field, value, 0xFF_FFFF_FFFFL);
        for (int i = 0; i < 5; i++) {
            out.put((byte) (value >>> (8 * i)));
        }
    }

    private static void check(String field, long value, long max) {
        if (value < 0 || value > max) {
            throw new FieldException(field, "value " + value + " does not fit 0.." + max);
        }
    }
}
