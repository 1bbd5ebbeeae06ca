package io.chargeway.ykc.message.maintenance;

import java.util.Optional;

/**
 * The documented alarm codes of a ground lock (0x61 offset 11, reference 9.1). Informational: the
 * record keeps the raw code so that a lock's other codes are carried, not rejected.
 */
public enum LockAlarm {
    /** No alarm, code 0x00. */
    NONE(0x00),
    /** The arm was damaged (forced) while idle, code 0xFF. */
    DAMAGED_WHILE_IDLE(0xFF),
    /** Raising or lowering failed: the arm is not in position, code 0x55. */
    MOVE_FAILED(0x55);

    private final int code;

    LockAlarm(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /** The alarm of a code, or empty if the code is not documented. */
    public static Optional<LockAlarm> find(int code) {
        for (LockAlarm a : values()) {
            if (a.code == code) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
