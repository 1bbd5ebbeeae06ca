package io.chargeway.contract.pile;

/**
 * The prices of one time-of-use period, in 0.00001 yuan per kWh (= 0.001 fen, "milli-fen"),
 * exactly as YKC carries them.
 *
 * @param electricityMilliFenPerKwh electricity fee
 * @param serviceMilliFenPerKwh     service fee
 */
public record Rate(long electricityMilliFenPerKwh, long serviceMilliFenPerKwh) {

    /** Validates that both prices are non-negative and fit the 4-byte field. */
    public Rate {
        if (electricityMilliFenPerKwh < 0 || serviceMilliFenPerKwh < 0
                || electricityMilliFenPerKwh > 0xFFFF_FFFFL || serviceMilliFenPerKwh > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("prices must be 0..4294967295 in 0.00001 yuan/kWh");
        }
    }

    /** Electricity plus service fee: the unit price YKC puts into the transaction record. */
    public long totalMilliFenPerKwh() {
        return electricityMilliFenPerKwh + serviceMilliFenPerKwh;
    }
}
