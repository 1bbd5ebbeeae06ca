package io.chargeway.ykc.message.live;

import io.chargeway.ykc.field.FieldException;

/** The state of a gun in real-time data (0x13 offset 24, reference 6.2). */
public enum GunState {
    /** Offline, code 0x00. */
    OFFLINE(0x00),
    /** Fault, code 0x01. */
    FAULT(0x01),
    /** Idle, code 0x02. */
    IDLE(0x02),
    /** Charging, code 0x03. */
    CHARGING(0x03);

    private static final GunState[] BY_CODE = values();

    private final int code;

    GunState(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is not 0x00..0x03
     */
    public static GunState fromCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new FieldException("gunState",
                    String.format("0x%02X is not 0x00 offline, 0x01 fault, 0x02 idle or 0x03 charging", code));
        }
        return BY_CODE[code];
    }
}
