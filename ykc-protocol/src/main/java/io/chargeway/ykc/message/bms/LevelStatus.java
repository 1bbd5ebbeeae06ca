package io.chargeway.ykc.message.bms;

/**
 * A 2-bit level item of the 0x25 BMS information frame (GB/T 27930 BSM): cell voltage and SOC.
 * Every bit pattern has a constant.
 */
public enum LevelStatus {
    /** {@code 00}: normal. */
    NORMAL(0b00),
    /** {@code 01}: too high. */
    TOO_HIGH(0b01),
    /** {@code 10}: too low. */
    TOO_LOW(0b10),
    /** {@code 11}: not available (the GB/T fill value). */
    INVALID(0b11);

    private static final LevelStatus[] BY_BITS = values();

    private final int bits;

    LevelStatus(int bits) {
        this.bits = bits;
    }

    /** The two wire bits. */
    public int bits() {
        return bits;
    }

    /** The constant for the two bits {@code bits & 0b11}. */
    public static LevelStatus fromBits(int bits) {
        return BY_BITS[bits & 0b11];
    }
}
