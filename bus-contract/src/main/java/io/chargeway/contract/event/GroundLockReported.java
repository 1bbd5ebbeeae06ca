package io.chargeway.contract.event;

import java.time.Instant;

/**
 * A ground-lock (车位锁) status report (0x61).
 *
 * @param pileNo         the pile
 * @param tenantId       its operator
 * @param gun            the gun the parking space belongs to
 * @param lockState      {@code RAISED}, {@code LOWERED} or {@code MOVING}
 * @param vehicleParked  whether a vehicle is in the space
 * @param batteryPercent the lock's battery level
 * @param alarm          {@code NONE}, {@code DAMAGED_WHILE_IDLE} or {@code MOVE_FAILED}
 * @param at             when
 */
public record GroundLockReported(String pileNo, long tenantId, int gun, String lockState, boolean vehicleParked,
                                 int batteryPercent, String alarm, Instant at) implements PileEvent {
}
