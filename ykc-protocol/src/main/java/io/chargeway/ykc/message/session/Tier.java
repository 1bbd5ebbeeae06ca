package io.chargeway.ykc.message.session;

import io.chargeway.ykc.field.FieldException;

/**
 * The four time-of-use tiers of a billing model (reference section 4), with the codes the 48
 * half-hour slots carry: 0x00 sharp (尖), 0x01 peak (峰), 0x02 flat (平), 0x03 valley (谷). The
 * tier prices of a {@link BillingModel} come in the same order.
 */
public enum Tier {
    /** 尖 (sharp, also "tip"), code 0x00. */
    SHARP(0x00),
    /** 峰 (peak), code 0x01. */
    PEAK(0x01),
    /** 平 (flat), code 0x02. */
    FLAT(0x02),
    /** 谷 (valley), code 0x03. */
    VALLEY(0x03);

    private static final Tier[] BY_CODE = values();

    private final int code;

    Tier(int code) {
        this.code = code;
    }

    /** The slot code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is not 0x00..0x03
     */
    public static Tier fromCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new FieldException("tier", String.format("0x%02X is not 0x00 sharp, 0x01 peak, 0x02 flat or 0x03 valley", code));
        }
        return BY_CODE[code];
    }
}
