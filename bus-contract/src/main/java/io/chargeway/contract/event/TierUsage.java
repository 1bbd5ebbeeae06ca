package io.chargeway.contract.event;

/**
 * One time-of-use period's part of a transaction record (0x3B).
 *
 * @param priceMilliFenPerKwh unit price (electricity + service) in 0.00001 yuan/kWh
 * @param energyDeciWh        energy in 0.0001 kWh
 * @param lossEnergyDeciWh    loss-adjusted energy in 0.0001 kWh
 * @param amountCentiFen      amount in 0.0001 yuan
 */
public record TierUsage(long priceMilliFenPerKwh, long energyDeciWh, long lossEnergyDeciWh, long amountCentiFen) {
}
