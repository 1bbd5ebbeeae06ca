package io.chargeway.ykc.message.charging;

/** The class of a stop reason code (section 12). */
public enum StopReasonCategory {
    /** 0x40..0x49: the session ended normally. */
    COMPLETED("completed"),
    /** 0x4A..0x69: the session never started charging. */
    START_FAILED("start failed"),
    /** 0x6A..0x8F: charging stopped because of a fault or a limit. */
    ABNORMAL_STOP("abnormal stop"),
    /** 0x90: the pile does not know why it stopped. */
    UNKNOWN("unknown"),
    /** A code outside the V1.6 table, used by some firmwares for their own meanings. */
    VENDOR("vendor specific");

    private final String label;

    StopReasonCategory(String label) {
        this.label = label;
    }

    /** The class in words, as in {@code "abnormal stop"}. */
    public String label() {
        return label;
    }
}
