package io.chargeway.ykc.message.maintenance;

import io.chargeway.ykc.field.FieldException;

/** The ground-lock command of 0x62 (offset 8, reference 9.2; declared BCD, carried as a plain byte). */
public enum LockCommand {
    /** Raise the lock, code 0x55. */
    RAISE(0x55),
    /** Lower the lock, code 0xFF. */
    LOWER(0xFF);

    private final int code;

    LockCommand(int code) {
        this.code = code;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /**
     * Checked lookup.
     *
     * @throws FieldException if the code is neither 0x55 nor 0xFF
     */
    public static LockCommand fromCode(int code) {
        for (LockCommand c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new FieldException("command", String.format("0x%02X is neither 0x55 raise nor 0xFF lower", code));
    }
}
