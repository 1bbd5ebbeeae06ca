package io.chargeway.ykc.message.bms;

/**
 * A 2-bit alarm item of the 0x25 BMS information frame (GB/T 27930 BSM): over-current,
 * over-temperature, insulation and output connector. Every bit pattern has a constant.
 */
public enum AlarmStatus {
    /** {@code 00}: normal. */
    NORMAL(0b00),
    /** {@code 01}: abnormal (over-current, over-temperature, insulation fault, connector fault). */
    ABNORMAL(0b01),
    /** {@code 10}: the state is not credible. */
    NOT_CREDIBLE(0b10),
    /** {@code 11}: not available (the GB/T fill value). */
    INVALID(0b11);

    private static final AlarmStatus[] BY_BITS = values();

    private final int bits;

    AlarmStatus(int bits) {
        this.bits = bits;
    }

    /** The two wire bits. */
    public int bits() {
        return bits;
    }

    /** The constant for the two bits {@code bits & 0b11}. */
    public static AlarmStatus fromBits(int bits) {
        return BY_BITS[bits & 0b11];
    }
}
