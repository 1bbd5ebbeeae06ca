package io.chargeway.ykc.field;

import java.nio.ByteBuffer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A billing model number (计费模型编号): an opaque 4-digit version of a tariff, 2 BCD bytes
 * (section 2.1, open point 17). A pile reports {@code 0000} before it has a model.
 *
 * @param value 0..9999
 */
public record BillingModelNo(int value) {

    /** Bytes on the wire. */
    public static final int LENGTH = 2;
    /** The number a pile without a model reports. */
    public static final BillingModelNo NONE = new BillingModelNo(0);

    /** Validates the range. */
    public BillingModelNo {
        if (value < 0 || value > 9999) {
            throw new IllegalArgumentException("billing model number must be 0..9999: " + value);
        }
    }

    /**
     * Parses up to 4 decimal digits.
     *
     * @throws IllegalArgumentException if the text is not 1..4 digits
     */
    @JsonCreator
    public static BillingModelNo parse(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("billing model number must be 1 to 4 digits, got '" + text + "'");
        }
        return new BillingModelNo(Integer.parseInt(t));
    }

    /** Reads 2 BCD bytes at {@code offset}. */
    public static BillingModelNo read(ByteBuffer buf, int offset) {
        return new BillingModelNo((int) Bcd.read(buf, offset, LENGTH, "billingModelNo"));
    }

    /** Writes 2 BCD bytes. */
    public void write(ByteBuffer out) {
        Bcd.write(out, value, LENGTH, "billingModelNo");
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%04d", value);
    }
}
