package io.chargeway.core.pile;

/** Whether a registered pile may log in ({@code piles.status}). */
public enum PileStatus {
    /** May log in. */
    ACTIVE,
    /** Refused at login until an operator enables it. */
    DISABLED;

    /**
     * Checked lookup of a column value.
     *
     * @throws IllegalArgumentException for values other than ACTIVE and DISABLED
     */
    public static PileStatus fromColumn(String value) {
        for (PileStatus s : values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("pile status must be ACTIVE or DISABLED: " + value);
    }
}
