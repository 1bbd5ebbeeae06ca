package io.chargeway.contract.order;

/**
 * The tariff schedules of a station and the push states of its piles.
 *
 * @param tenantId  the operator
 * @param stationId the station
 */
public record TariffScheduleQuery(long tenantId, long stationId) {
}
