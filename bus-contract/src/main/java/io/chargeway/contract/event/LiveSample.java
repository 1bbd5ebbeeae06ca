package io.chargeway.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * A real-time sample of a gun (0x13). Lossy by design: the latest wins.
 *
 * @param pileNo                the pile
 * @param tenantId              its operator
 * @param gun                   the gun
 * @param tradeSerial           the session's 32-digit serial, or 32 zeros when idle
 * @param status                gun state
 * @param plugged               plugged into a vehicle
 * @param holstered             gun returned to its holder: {@code YES}, {@code NO} or {@code UNKNOWN}
 * @param outputDeciVolts       output voltage in 0.1 V
 * @param outputDeciAmps        output current in 0.1 A
 * @param gunTempCelsius        gun cable temperature in degrees C
 * @param socPercent            state of charge (0 for AC)
 * @param batteryMaxTempCelsius highest battery temperature in degrees C
 * @param chargingMinutes       accumulated charging time
 * @param remainingMinutes      estimated remaining time
 * @param energyDeciWh          energy so far in 0.0001 kWh (0.1 Wh)
 * @param lossEnergyDeciWh      loss-adjusted energy in 0.0001 kWh
 * @param amountCentiFen        amount so far in 0.0001 yuan (0.01 fen)
 * @param hardwareFaults        names of the active hardware fault bits (empty when none)
 * @param at                    when the edge received it
 */
public record LiveSample(String pileNo, long tenantId, int gun, String tradeSerial, GunStatus status, boolean plugged,
                         String holstered, int outputDeciVolts, int outputDeciAmps, int gunTempCelsius, int socPercent,
                         int batteryMaxTempCelsius, int chargingMinutes, int remainingMinutes, long energyDeciWh,
                         long lossEnergyDeciWh, long amountCentiFen, List<String> hardwareFaults, Instant at)
        implements PileEvent {
}
