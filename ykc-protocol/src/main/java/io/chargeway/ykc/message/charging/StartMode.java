package io.chargeway.ykc.message.charging;

import io.chargeway.ykc.field.FieldException;

/** How the user started at the pile (启动方式, 0x31/0xA1 offset 8). */
public enum StartMode {
    /** Card swipe, code 0x01: the card field holds the physical card number. */
    CARD(0x01),
    /** Account and password, code 0x02 (not supported by the YKC platform). */
    ACCOUNT(0x02),
    /** Vehicle identification (plug and charge), code 0x03: the VIN field is filled. */
    VIN(0x03);

    private final int code;

    StartMode(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is not 0x01, 0x02 or 0x03
     */
    public static StartMode fromCode(int code) {
        for (StartMode mode : values()) {
            if (mode.code == code) {
                return mode;
            }
        }
        throw new FieldException("startMode", String.format("0x%02X is not 0x01 card, 0x02 account or 0x03 VIN", code));
    }
}
