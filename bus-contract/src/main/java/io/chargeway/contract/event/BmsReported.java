package io.chargeway.contract.event;

import java.time.Instant;
import java.util.Map;

/**
 * Battery-management data a DC pile relays during a session (0x15 handshake, 0x17 parameters,
 * 0x19 charge end, 0x1B errors, 0x1D/0x21 stops, 0x23 demand, 0x25 status).
 *
 * @param pileNo      the pile
 * @param tenantId    its operator
 * @param gun         the gun
 * @param tradeSerial the session's serial
 * @param stage       {@code HANDSHAKE}, {@code PARAMETERS}, {@code CHARGE_END}, {@code ERROR},
 *                    {@code BMS_STOP}, {@code CHARGER_STOP}, {@code DEMAND} or {@code STATUS}
 * @param data        the frame's fields by name, in their protocol units (names carry the unit)
 * @param at          when
 */
public record BmsReported(String pileNo, long tenantId, int gun, String tradeSerial, String stage, Map<String, Object> data,
                          Instant at) implements PileEvent {
}
