package io.chargeway.core.order;

/**
 * The class of a stop reason a pile reports in its transaction record (YKC reference section 12),
 * decided by the code's range: the edge sends the code and its meaning in words, the core keeps
 * both and the class, so that every reason a pile reports, known or vendor specific, is recorded.
 */
public enum PileStopCategory {
    /** 0x40-0x49: the session ended normally (app, SOC full, target reached, stopped at the pile). */
    COMPLETED,
    /** 0x4A-0x69: the session never started properly. */
    START_FAILED,
    /** 0x6A-0x8F: the session stopped because of a fault or a condition. */
    ABNORMAL_STOP,
    /** 0x90: the pile does not know why. */
    UNKNOWN,
    /** Any other code: a vendor extension. */
    VENDOR;

    /** The class of a stop reason code (0..255). */
    public static PileStopCategory of(int code) {
        if (code < 0x40 || code > 0x90) {
            return VENDOR;
        }
        if (code <= 0x49) {
            return COMPLETED;
        }
        if (code <= 0x69) {
            return START_FAILED;
        }
        return code <= 0x8F ? ABNORMAL_STOP : UNKNOWN;
    }
}
