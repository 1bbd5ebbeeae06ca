package io.chargeway.ykc.message.session;

import io.chargeway.ykc.field.FieldException;

/** Pile type in the login request (0x01 offset 7): DC or AC. */
public enum PileType {
    /** Direct current (fast) pile, code 0x00. */
    DC(0x00),
    /** Alternating current (slow) pile, code 0x01. */
    AC(0x01);

    private final int code;

    PileType(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is neither 0x00 nor 0x01
     */
    public static PileType fromCode(int code) {
        for (PileType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new FieldException("pileType", String.format("0x%02X is neither 0x00 DC nor 0x01 AC", code));
    }
}
