package io.chargeway.ykc.field;

import java.nio.ByteBuffer;

/** Fixed-width ASCII fields, padded with 0x00 on the right (section 2). */
public final class Ascii {

    private Ascii() {
    }

    /**
     * Reads a fixed-width field, stopping at the first 0x00. Each byte becomes one character
     * (ISO-8859-1), so that nothing a pile sends is lost.
     */
    public static String read(ByteBuffer buf, int offset, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int b = buf.get(offset + i) & 0xFF;
            if (b == 0) {
                break;
            }
            sb.append((char) b);
        }
        return sb.toString();
    }

    /** Reads a field whose bytes are sent in reverse order (the VIN of 0x31/0xA1). */
    public static String readReversed(ByteBuffer buf, int offset, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = length - 1; i >= 0; i--) {
            int b = buf.get(offset + i) & 0xFF;
            if (b != 0) {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    /**
     * Writes {@code text} padded with 0x00 to {@code length} bytes.
     *
     * @throws FieldException if the text is longer than the field or not 8-bit
     */
    public static void write(ByteBuffer out, String text, int length, String field) {
        byte[] bytes = bytesOf(text, length, field);
        out.put(bytes);
        for (int i = bytes.length; i < length; i++) {
            out.put((byte) 0);
        }
    }

    /** Writes {@code text} in reverse byte order, zero padded at the end of the reversed run. */
    public static void writeReversed(ByteBuffer out, String text, int length, String field) {
        byte[] bytes = bytesOf(text, length, field);
        for (int i = bytes.length; i < length; i++) {
            out.put((byte) 0);
        }
        for (int i = bytes.length - 1; i >= 0; i--) {
            out.put(bytes[i]);
        }
    }

    private static byte[] bytesOf(String text, int length, String field) {
        if (text.length() > length) {
            throw new FieldException(field, "'" + text + "' is longer than " + length + " bytes");
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                throw new FieldException(field, "character '" + c + "' is not ASCII");
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }
}
