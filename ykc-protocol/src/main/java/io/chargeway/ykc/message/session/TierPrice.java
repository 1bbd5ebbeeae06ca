package io.chargeway.ykc.message.session;

/**
 * The prices of one tier of a billing model, in 0.00001 yuan per kWh (0.001 fen, "milli-fen"),
 * as the 4-byte little-endian fields of reference section 4 carry them.
 *
 * @param electricityMilliFenPerKwh electricity fee (电费), 0..4294967295
 * @param serviceMilliFenPerKwh     service fee (服务费), 0..4294967295
 */
public record TierPrice(long electricityMilliFenPerKwh, long serviceMilliFenPerKwh) {

    private static final long MAX = 0xFFFF_FFFFL;

    /** Validates that both prices fit the 4-byte fields. */
    public TierPrice {
        if (electricityMilliFenPerKwh < 0 || electricityMilliFenPerKwh > MAX
                || serviceMilliFenPerKwh < 0 || serviceMilliFenPerKwh > MAX) {
            throw new IllegalArgumentException("tier prices must be 0.." + MAX + " in 0.00001 yuan/kWh, got "
                    + electricityMilliFenPerKwh + " and " + serviceMilliFenPerKwh);
        }
    }

    /** Electricity plus service fee: the unit price a pile puts into the transaction record. */
    public long totalMilliFenPerKwh() {
        return electricityMilliFenPerKwh + serviceMilliFenPerKwh;
    }
}
