package io.chargeway.contract.order;

/**
 * A station's occupancy (idle, 占位) fee: after charging ends, a gun still plugged beyond the
 * grace period costs a fee per started minute, up to a cap per session, charged when unplugged.
 * A fee of 0 switches it off.
 *
 * @param tenantId        the operator
 * @param stationId       the station
 * @param graceMinutes    free minutes after charging ends, 0..1440
 * @param feePerMinuteFen fee per started minute beyond the grace period
 * @param capFen          the most one session pays
 */
public record OccupancyRuleUpdate(long tenantId, long stationId, int graceMinutes, long feePerMinuteFen, long capFen) {
}
