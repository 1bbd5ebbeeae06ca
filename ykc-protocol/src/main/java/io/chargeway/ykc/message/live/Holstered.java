package io.chargeway.ykc.message.live;

import io.chargeway.ykc.field.FieldException;

/** Whether the gun is back in its holder (枪是否归位, 0x13 offset 25, reference 6.2). */
public enum Holstered {
    /** The gun is out of its holder, code 0x00. */
    NO(0x00),
    /** The gun is in its holder, code 0x01. */
    YES(0x01),
    /** The pile cannot detect it, code 0x02. */
    UNKNOWN(0x02);

    private static final Holstered[] BY_CODE = values();

    private final int code;

    Holstered(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is not 0x00..0x02
     */
    public static Holstered fromCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new FieldException("holstered", String.format("0x%02X is not 0x00 no, 0x01 yes or 0x02 unknown", code));
        }
        return BY_CODE[code];
    }
}
