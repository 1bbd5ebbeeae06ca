package io.chargeway.contract.pile;

/**
 * The four time-of-use periods of a tariff, in the order and with the codes YKC uses in the
 * 48 half-hour slots: 0 sharp (尖), 1 peak (峰), 2 flat (平), 3 valley (谷).
 */
public enum RatePeriod {
    /** 尖, code 0. */
    SHARP,
    /** 峰, code 1. */
    PEAK,
    /** 平, code 2. */
    FLAT,
    /** 谷, code 3. */
    VALLEY;

    /** The slot code. */
    public int code() {
        return ordinal();
    }

    /**
     * Checked lookup of a slot code.
     *
     * @throws IllegalArgumentException for codes outside 0..3
     */
    public static RatePeriod fromCode(int code) {
        if (code < 0 || code > 3) {
            throw new IllegalArgumentException("rate period code must be 0..3 (sharp, peak, flat, valley): " + code);
        }
        return values()[code];
    }
}
