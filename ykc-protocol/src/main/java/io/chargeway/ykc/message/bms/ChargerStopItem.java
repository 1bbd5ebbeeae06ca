package io.chargeway.ykc.message.bms;

/**
 * The 2-bit items of the 0x21 charger stop frame (reference 6.8, GB/T 27930 CST). {@link #shift()}
 * is the item's first bit in body bytes 24-27 read as one little-endian number: stop reason in
 * bits 0-7, fault reason in bits 8-23 (bits 20-23 reserved), error reason in bits 24-31 (bits
 * 28-31 reserved), items packed least-significant first (open point 8).
 */
public enum ChargerStopItem {
    /** Reason: the charger's set condition was reached. */
    CONDITION_REACHED(0),
    /** Reason: stopped manually. */
    MANUAL_STOP(2),
    /** Reason: abnormal stop. */
    ABNORMAL_STOP(4),
    /** Reason: the BMS stopped actively. */
    BMS_STOPPED(6),
    /** Fault: charger over-temperature. */
    CHARGER_OVER_TEMPERATURE(8),
    /** Fault: charging connector fault. */
    CHARGING_CONNECTOR_FAULT(10),
    /** Fault: charger internal over-temperature. */
    CHARGER_INTERNAL_OVER_TEMPERATURE(12),
    /** Fault: the requested energy cannot be delivered. */
    ENERGY_NOT_DELIVERABLE(14),
    /** Fault: charger emergency stop. */
    EMERGENCY_STOP(16),
    /** Fault: other fault. */
    OTHER_FAULT(18),
    /** Error: current mismatch. */
    CURRENT_MISMATCH(24),
    /** Error: abnormal voltage. */
    ABNORMAL_VOLTAGE(26);

    private final int shift;

    ChargerStopItem(int shift) {
        this.shift = shift;
    }

    /** The item's first bit in the 32 status bits. */
    public int shift() {
        return shift;
    }
}
