package io.chargeway.ykc.message.bms;

/**
 * A 2-bit item of the stop frames 0x1D and 0x21 (GB/T 27930 BST/CST). Every bit pattern has a
 * constant, so decoding never fails.
 */
public enum StopStatus {
    /** {@code 00}: normal, condition not reached. */
    NORMAL(0b00),
    /** {@code 01}: the reason or fault applies (condition reached, fault present). */
    ACTIVE(0b01),
    /** {@code 10}: the state is not credible. */
    NOT_CREDIBLE(0b10),
    /** {@code 11}: not available (the GB/T fill value). */
    INVALID(0b11);

    private static final StopStatus[] BY_BITS = values();

    private final int bits;

    StopStatus(int bits) {
        this.bits = bits;
    }

    /** The two wire bits. */
    public int bits() {
        return bits;
    }

    /** The constant for the two bits {@code bits & 0b11}. */
    public static StopStatus fromBits(int bits) {
        return BY_BITS[bits & 0b11];
    }
}
