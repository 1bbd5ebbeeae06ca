package io.chargeway.ykc.frame;

/**
 * CRC-16/MODBUS (poly 0x8005 reflected as 0xA001, init 0xFFFF, no final XOR; check value of
 * "123456789" is 0x4B37), table driven. YKC V1.6 section 1.2 covers the frame bytes from the
 * sequence field through the last body byte.
 */
public final class Crc16Modbus {

    private static final int[] TABLE = buildTable();

    private Crc16Modbus() {
    }

    /**
     * Computes the CRC of {@code length} bytes of {@code bytes} starting at {@code offset}.
     *
     * @return the CRC as an unsigned 16-bit value (low byte is sent first in the standard order)
     */
    public static int compute(byte[] bytes, int offset, int length) {
        int crc = 0xFFFF;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ bytes[i]) & 0xFF];
        }
        return crc;
    }

    private static int[] buildTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
