package io.chargeway.ykc.message.bms;

/**
 * A 2-bit timeout item of the 0x1B error frame (GB/T 27930 BEM/CEM). Every bit pattern has a
 * constant, so decoding never fails.
 */
public enum TimeoutStatus {
    /** {@code 00}: the message arrived in time. */
    NORMAL(0b00),
    /** {@code 01}: the message timed out. */
    TIMEOUT(0b01),
    /** {@code 10}: the state is not credible. */
    NOT_CREDIBLE(0b10),
    /** {@code 11}: not available (the GB/T fill value). */
    INVALID(0b11);

    private static final TimeoutStatus[] BY_BITS = values();

    private final int bits;

    TimeoutStatus(int bits) {
        this.bits = bits;
    }

    /** The two wire bits. */
    public int bits() {
        return bits;
    }

    /** The constant for the two bits {@code bits & 0b11}. */
    public static TimeoutStatus fromBits(int bits) {
        return BY_BITS[bits & 0b11];
    }
}
