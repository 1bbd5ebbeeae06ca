package io.chargeway.ykc.message.maintenance;

import io.chargeway.ykc.field.FieldException;

/**
 * The pile model of a firmware update (桩型号, 0x94 offset 7, reference 10.3). Note that the
 * codes differ from the login's pile type (0x00 DC / 0x01 AC), open point 18.
 */
public enum PileModel {
    /** Direct current pile, code 0x01. */
    DC(0x01),
    /** Alternating current pile, code 0x02. */
    AC(0x02);

    private final int code;

    PileModel(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is neither 0x01 nor 0x02
     */
    public static PileModel fromCode(int code) {
        for (PileModel m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        throw new FieldException("pileModel", String.format("0x%02X is neither 0x01 DC nor 0x02 AC", code));
    }
}
