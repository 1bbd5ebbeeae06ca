package io.chargeway.contract.order;

import java.time.Instant;
import java.util.List;

import io.chargeway.contract.pile.Rate;

/**
 * Schedule a tariff for a whole station, or for one pile of it (overriding the station's), from
 * a time on. Either name an existing tariff of the tenant ({@code tariffId}) or define a new one
 * ({@code tariffId} 0 and the other fields set); a new tariff gets the tenant's next model number.
 *
 * @param tenantId         the operator
 * @param stationId        the station
 * @param pileNo           one pile of the station, or null for the station
 * @param tariffId         an existing tariff, or 0 to create one from the fields below
 * @param name             the new tariff's name
 * @param rates            the new tariff's four rates: sharp, peak, flat, valley (0.00001 yuan/kWh)
 * @param lossRatioPercent the new tariff's loss ratio (0 in practice)
 * @param slots            the new tariff's 48 half-hour period codes (0 sharp .. 3 valley) from 00:00
 * @param effectiveFrom    when it takes effect; null or past = now
 * @param actor            who scheduled it
 */
public record ScheduleTariff(long tenantId, long stationId, String pileNo, long tariffId, String name, List<Rate> rates,
                             int lossRatioPercent, List<Integer> slots, Instant effectiveFrom, String actor) {
}
