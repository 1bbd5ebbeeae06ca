package io.chargeway.ykc.message.session;

import io.chargeway.ykc.field.FieldException;

/** The result of a billing-model verification (0x06 offset 9). */
public enum BillingModelCheckResult {
    /** The pile's model equals the platform's, code 0x00. */
    SAME(0x00),
    /** The models differ: the pile must request the current one with 0x09, code 0x01. */
    DIFFERENT(0x01);

    private final int code;

    BillingModelCheckResult(int code) {
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
    public static BillingModelCheckResult fromCode(int code) {
        for (BillingModelCheckResult r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new FieldException("result", String.format("0x%02X is neither 0x00 same model nor 0x01 different model", code));
    }
}
