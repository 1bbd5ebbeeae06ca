package io.chargeway.contract.event;

import java.time.Instant;

/**
 * A gun changed state or plug state (derived from 0x13 and heartbeats).
 *
 * @param pileNo   the pile
 * @param tenantId its operator
 * @param gun      the gun number
 * @param status   the new state
 * @param plugged  whether the gun is plugged into a vehicle
 * @param previous the state before (null for the first report after login)
 * @param at       when
 */
public record GunStatusChanged(String pileNo, long tenantId, int gun, GunStatus status, boolean plugged, GunStatus previous,
                               Instant at) implements PileEvent {
}
