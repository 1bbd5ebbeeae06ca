package io.chargeway.contract.order;

import java.time.Instant;

/**
 * A scheduled tariff.
 *
 * @param scheduleId    the schedule
 * @param tenantId      the operator
 * @param stationId     the station
 * @param pileNo        the pile it overrides, or null for the station
 * @param tariffId      the tariff
 * @param modelNo       its YKC model number
 * @param effectiveFrom when it takes effect
 * @param state         {@code PENDING}, {@code APPLIED} or {@code CANCELLED}
 * @param appliedAt     when it was applied, or null
 */
public record TariffScheduleView(long scheduleId, long tenantId, long stationId, String pileNo, long tariffId, int modelNo,
                                 Instant effectiveFrom, String state, Instant appliedAt) {
}
