package io.chargeway.ykc.frame;

/**
 * Byte order of the two CRC bytes at the end of a frame.
 *
 * <p>The V1.6 document (section 1.2) means the standard CRC-16/MODBUS value written low byte
 * first; several pile firmwares send it high byte first (open point 1). The decoder accepts
 * both, reports which one a frame used, and the edge answers each pile in the order it uses.
 */
public enum CrcOrder {
    /** Standard Modbus RTU order: low byte of the CRC first. */
    LOW_FIRST("low-first"),
    /** Swapped order seen in some pile firmwares: high byte first. */
    HIGH_FIRST("high-first");

    private final String label;

    CrcOrder(String label) {
        this.label = label;
    }

    /** The label used in logs and JSON: {@code low-first} or {@code high-first}. */
    public String label() {
        return label;
    }

    /**
     * Looks up an order by its label.
     *
     * @throws IllegalArgumentException if the label is neither {@code low-first} nor {@code high-first}
     */
    public static CrcOrder fromLabel(String label) {
        for (CrcOrder order : values()) {
            if (order.label.equalsIgnoreCase(label)) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown CRC order '" + label + "', expected low-first or high-first");
    }
}
