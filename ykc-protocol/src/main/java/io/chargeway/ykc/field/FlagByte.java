package io.chargeway.ykc.field;

import java.nio.ByteBuffer;

/**
 * A one-byte field with exactly two defined codes, carried as a {@code boolean}: a result
 * (0x00 failure / 0x01 success), a yes/no, or a pair like 0x00 empty / 0xFF occupied. Any
 * other byte makes the frame meaningless and is reported as a bad field.
 */
public final class FlagByte {

    private FlagByte() {
    }

    /**
     * Reads the byte at {@code offset}.
     *
     * @param falseCode the code meaning {@code false}
     * @param trueCode  the code meaning {@code true}
     * @throws FieldException if the byte is neither code
     */
    public static boolean read(ByteBuffer buf, int offset, String field, int falseCode, int trueCode) {
        int code = buf.get(offset) & 0xFF;
        if (code == trueCode) {
            return true;
        }
        if (code == falseCode) {
            return false;
        }
        throw new FieldException(field, String.format("0x%02X is neither 0x%02X (false) nor 0x%02X (true)", code, falseCode, trueCode));
    }

    /** Writes {@code trueCode} or {@code falseCode}. */
    public static void write(ByteBuffer out, boolean value, int falseCode, int trueCode) {
        out.put((byte) (value ? trueCode : falseCode));
    }
}
