package io.chargeway.ykc.message.charging;

/**
 * One time-of-use tier of a transaction record (0x3B offsets 38..101, 16 bytes per tier, all
 * 4-byte little-endian BIN).
 *
 * @param priceMilliFenPerKwh unit price, electricity plus service, in 0.00001 yuan/kWh
 * @param energyDeciWh        energy in 0.0001 kWh
 * @param lossEnergyDeciWh    loss-adjusted energy in 0.0001 kWh (equal to the energy with loss ratio 0)
 * @param amountCentiFen      amount in 0.0001 yuan
 */
public record TierRecord(long priceMilliFenPerKwh, long energyDeciWh, long lossEnergyDeciWh, long amountCentiFen) {
}
