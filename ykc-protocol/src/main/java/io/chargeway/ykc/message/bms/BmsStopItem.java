package io.chargeway.ykc.message.bms;

/**
 * The 2-bit items of the 0x1D BMS stop frame (reference 6.7, GB/T 27930 BST). {@link #shift()}
 * is the item's first bit in body bytes 24-27 read as one little-endian number: stop reason in
 * bits 0-7, fault reason in bits 8-23, error reason in bits 24-31, items packed
 * least-significant first (open point 8).
 */
public enum BmsStopItem {
    /** Reason: the SOC target was reached. */
    SOC_TARGET_REACHED(0),
    /** Reason: the total-voltage set point was reached. */
    TOTAL_VOLTAGE_REACHED(2),
    /** Reason: the cell-voltage set point was reached. */
    CELL_VOLTAGE_REACHED(4),
    /** Reason: the charger stopped actively. */
    CHARGER_STOPPED(6),
    /** Fault: insulation fault. */
    INSULATION_FAULT(8),
    /** Fault: output connector over-temperature. */
    OUTPUT_CONNECTOR_OVER_TEMPERATURE(10),
    /** Fault: BMS component or output connector over-temperature. */
    BMS_COMPONENT_OVER_TEMPERATURE(12),
    /** Fault: charging connector fault. */
    CHARGING_CONNECTOR_FAULT(14),
    /** Fault: battery pack over-temperature. */
    BATTERY_OVER_TEMPERATURE(16),
    /** Fault: high-voltage relay fault. */
    HIGH_VOLTAGE_RELAY_FAULT(18),
    /** Fault: voltage fault at detection point 2. */
    DETECTION_POINT_2_VOLTAGE_FAULT(20),
    /** Fault: other fault. */
    OTHER_FAULT(22),
    /** Error: over-current. */
    OVER_CURRENT(24),
    /** Error: abnormal voltage. */
    ABNORMAL_VOLTAGE(26);

    private final int shift;

    BmsStopItem(int shift) {
        this.shift = shift;
    }

    /** The item's first bit in the 32 status bits. */
    public int shift() {
        return shift;
    }
}
