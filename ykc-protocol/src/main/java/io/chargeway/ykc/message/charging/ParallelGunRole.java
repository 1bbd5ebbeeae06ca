package io.chargeway.ykc.message.charging;

import io.chargeway.ykc.field.FieldException;

/** A gun's role in a parallel (dual-gun) session (主辅枪标记, 0xA1 offset 51, 0xA3 offset 26). */
public enum ParallelGunRole {
    /** The main gun, code 0x00. */
    MAIN(0x00),
    /** An auxiliary gun, code 0x01. */
    AUXILIARY(0x01);

    private final int code;

    ParallelGunRole(int code) {
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
    public static ParallelGunRole fromCode(int code) {
        for (ParallelGunRole role : values()) {
            if (role.code == code) {
                return role;
            }
        }
        throw new FieldException("gunRole", String.format("0x%02X is neither 0x00 main nor 0x01 auxiliary gun", code));
    }
}
