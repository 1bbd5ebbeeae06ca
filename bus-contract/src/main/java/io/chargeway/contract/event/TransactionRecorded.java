package io.chargeway.contract.event;

import java.time.Instant;
import java.util.List;

/**
 * The bill of one charging session as the pile reports it (0x3B). Sent by request to
 * {@link io.chargeway.contract.Addresses#CORE_PILE_TRANSACTION}; idempotent on {@code tradeSerial}.
 *
 * @param pileNo               the pile
 * @param tenantId             its operator
 * @param gun                  the gun
 * @param tradeSerial          the 32-digit trade serial: the idempotency key
 * @param startedAt            session start (pile clock, converted from Beijing time)
 * @param endedAt              session end
 * @param tiers                four entries: sharp, peak, flat, valley
 * @param meterStartDeciWh     meter reading at start, 0.0001 kWh
 * @param meterEndDeciWh       meter reading at end, 0.0001 kWh
 * @param totalEnergyDeciWh    total energy, 0.0001 kWh
 * @param totalLossEnergyDeciWh total loss-adjusted energy, 0.0001 kWh
 * @param totalAmountCentiFen  total amount, 0.0001 yuan
 * @param vin                  the vehicle VIN, if the pile knows it
 * @param trigger              {@code APP}, {@code CARD}, {@code OFFLINE_CARD} or {@code VIN}
 * @param tradedAt             the record's transaction time
 * @param stopReasonCode       YKC stop reason code (section 12)
 * @param stopReason           the stop reason in words
 * @param physicalCardNo       the card UID, 16 hex digits (zeros when none)
 * @param at                   when the edge received it
 */
public record TransactionRecorded(String pileNo, long tenantId, int gun, String tradeSerial, Instant startedAt,
                                  Instant endedAt, List<TierUsage> tiers, long meterStartDeciWh, long meterEndDeciWh,
                                  long totalEnergyDeciWh, long totalLossEnergyDeciWh, long totalAmountCentiFen, String vin,
                                  String trigger, Instant tradedAt, int stopReasonCode, String stopReason,
                                  String physicalCardNo, Instant at) implements PileEvent {
}
