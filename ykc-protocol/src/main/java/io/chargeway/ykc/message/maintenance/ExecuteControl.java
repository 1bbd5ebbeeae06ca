package io.chargeway.ykc.message.maintenance;

import io.chargeway.ykc.field.FieldException;

/** When a pile carries out a reboot (0x92) or a firmware update (0x94): execute control (执行控制). */
public enum ExecuteControl {
    /** At once, code 0x01. */
    IMMEDIATELY(0x01),
    /** As soon as the pile is idle, code 0x02. */
    WHEN_IDLE(0x02);

    private final int code;

    ExecuteControl(int code) {
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
    public static ExecuteControl fromCode(int code) {
        for (ExecuteControl c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new FieldException("executeControl", String.format("0x%02X is neither 0x01 immediately nor 0x02 when idle", code));
    }
}
