package io.chargeway.ykc.message.bms;

import java.util.Optional;

/**
 * BMS charging mode of the 0x23 demand frame (reference 6.9, GB/T 27930 BCL). Informational:
 * pile firmwares send 0x00 before the BMS's first BCL, so the record keeps the raw code and
 * {@link #find(int)} / {@link #describe(int)} never throw.
 */
public enum ChargingMode {
    /** 0x01 constant voltage: the voltage demand governs. */
    CONSTANT_VOLTAGE(0x01, "constant voltage"),
    /** 0x02 constant current: the current demand governs. */
    CONSTANT_CURRENT(0x02, "constant current");

    private final int code;
    private final String description;

    ChargingMode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /** A short English description. */
    public String description() {
        return description;
    }

    /** The mode of a wire code, empty for anything but 0x01 and 0x02. */
    public static Optional<ChargingMode> find(int code) {
        for (ChargingMode m : values()) {
            if (m.code == code) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The description of a wire code, or {@code unknown 0xNN}. */
    public static String describe(int code) {
        return find(code).map(ChargingMode::description).orElse(String.format("unknown 0x%02X", code));
    }
}
