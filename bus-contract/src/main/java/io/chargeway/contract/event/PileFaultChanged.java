package io.chargeway.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * The set of active faults or alarms of a gun changed (0x13 hardware fault word, 0x03 gun fault flag).
 *
 * @param pileNo   the pile
 * @param tenantId its operator
 * @param gun      the gun
 * @param active   every fault active now
 * @param raised   faults that became active
 * @param cleared  faults that cleared
 * @param at       when
 */
public record PileFaultChanged(String pileNo, long tenantId, int gun, List<String> active, List<String> raised,
                               List<String> cleared, Instant at) implements PileEvent {
}
