package io.chargeway.ykc.message.bms;

/**
 * The 2-bit "charging permitted" item of the 0x25 BMS information frame (GB/T 27930 BSM): the
 * BMS pauses charging with {@link #FORBIDDEN}. Every bit pattern has a constant.
 */
public enum ChargePermission {
    /** {@code 00}: charging forbidden (paused by the BMS). */
    FORBIDDEN(0b00),
    /** {@code 01}: charging permitted. */
    PERMITTED(0b01),
    /** {@code 10}: not defined by GB/T 27930; the usual 2-bit meaning is "not credible". */
    NOT_CREDIBLE(0b10),
    /** {@code 11}: not available (the GB/T fill value). */
    INVALID(0b11);

    private static final ChargePermission[] BY_BITS = values();

    private final int bits;

    ChargePermission(int bits) {
        this.bits = bits;
    }

    /** The two wire bits. */
    public int bits() {
        return bits;
    }

    /** The constant for the two bits {@code bits & 0b11}. */
    public static ChargePermission fromBits(int bits) {
        return BY_BITS[bits & 0b11];
    }
}
