package io.chargeway.ykc.message.bms;

import java.util.Optional;

/**
 * Battery type of the 0x15 handshake (reference 6.3, GB/T 27930 BRM). Informational: a code
 * outside the list does not reject the frame; the record keeps the raw code and
 * {@link #find(int)} / {@link #describe(int)} never throw.
 */
public enum BatteryType {
    /** 0x01 lead-acid. */
    LEAD_ACID(0x01, "lead-acid"),
    /** 0x02 nickel-metal hydride (the document says "hydrogen battery"). */
    NICKEL_METAL_HYDRIDE(0x02, "nickel-metal hydride"),
    /** 0x03 lithium iron phosphate. */
    LITHIUM_IRON_PHOSPHATE(0x03, "lithium iron phosphate (LiFePO4)"),
    /** 0x04 lithium manganese oxide. */
    LITHIUM_MANGANESE_OXIDE(0x04, "lithium manganese oxide (LiMn2O4)"),
    /** 0x05 lithium cobalt oxide. */
    LITHIUM_COBALT_OXIDE(0x05, "lithium cobalt oxide (LiCoO2)"),
    /** 0x06 ternary (NCM/NCA). */
    TERNARY(0x06, "ternary (NCM/NCA)"),
    /** 0x07 lithium polymer. */
    LITHIUM_POLYMER(0x07, "lithium polymer"),
    /** 0x08 lithium titanate. */
    LITHIUM_TITANATE(0x08, "lithium titanate"),
    /** 0xFF other. */
    OTHER(0xFF, "other");

    private final int code;
    private final String description;

    BatteryType(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The wire code. */
    public int code() {
        return code;
    }

    /** A short English description, e.g. {@code ternary (NCM/NCA)}. */
    public String description() {
        return description;
    }

    /** The type of a wire code, empty for codes the reference does not list. */
    public static Optional<BatteryType> find(int code) {
        for (BatteryType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The description of a wire code, or {@code unknown 0xNN} for codes outside the list. */
    public static String describe(int code) {
        return find(code).map(BatteryType::description).orElse(String.format("unknown 0x%02X", code));
    }
}
