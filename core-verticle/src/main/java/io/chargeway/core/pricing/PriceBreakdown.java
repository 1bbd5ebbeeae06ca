package io.chargeway.core.pricing;

/**
 * What a session costs, as {@link TariffPricing} computes it: the electricity fee and the service
 * fee in whole fen, each rounded on its own (see the rounding rule there).
 *
 * @param electricityFen the electricity fee
 * @param serviceFen     the service fee
 */
public record PriceBreakdown(long electricityFen, long serviceFen) {

    /** Nothing to pay. */
    public static final PriceBreakdown ZERO = new PriceBreakdown(0, 0);

    /** Rejects negative amounts. */
    public PriceBreakdown {
        if (electricityFen < 0 || serviceFen < 0) {
            throw new IllegalArgumentException("fees must not be negative");
        }
    }

    /** Electricity plus service fee: the amount the payer is charged. */
    public long totalFen() {
        return electricityFen + serviceFen;
    }
}
