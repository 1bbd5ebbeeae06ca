package io.chargeway.ykc.message.maintenance;

import io.chargeway.ykc.field.FieldException;

/** The position of a ground lock (车位锁状态, 0x61 offset 8, reference 9.1). */
public enum LockState {
    /** Not in an end position (moving or stuck), code 0x00. */
    MOVING(0x00),
    /** Raised: the space is blocked, code 0x55. */
    RAISED(0x55),
    /** Lowered: the space is free to drive in, code 0xFF. */
    LOWERED(0xFF);

    private final int code;

    LockState(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is not 0x00, 0x55 or 0xFF
     */
    public static LockState fromCode(int code) {
        for (LockState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new FieldException("lockState", String.format("0x%02X is not 0x00 moving, 0x55 raised or 0xFF lowered", code));
    }
}
