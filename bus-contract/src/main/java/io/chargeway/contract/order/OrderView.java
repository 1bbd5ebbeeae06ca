package io.chargeway.contract.order;

import java.time.Instant;

/**
 * A charging order as the web shows it. Amounts in fen, energy in 0.0001 kWh.
 *
 * @param orderId           the id
 * @param tradeSerial       the 32-digit YKC trade serial
 * @param tenantId          the operator
 * @param stationId         the station
 * @param pileNo            the pile
 * @param gun               the gun
 * @param memberId          the member paying (0 if no member is known, e.g. an unknown offline card)
 * @param payerType         {@code MEMBER_WALLET} (partner or direct payers later)
 * @param trigger           {@code APP}, {@code CARD}, {@code VIN} or {@code OFFLINE_CARD}
 * @param mode              {@code FULL}, {@code AMOUNT}, {@code ENERGY} or {@code TIME}
 * @param limitValue        the mode's limit in its unit (fen, 0.0001 kWh, minutes; 0 for FULL)
 * @param state             {@code STARTING}, {@code CHARGING}, {@code STOPPING}, {@code AWAITING_RECORD},
 *                          {@code SETTLED}, {@code FAILED} or {@code ABNORMAL}
 * @param holdFen           money frozen for the order now
 * @param tariffModelNo     the tariff model the order is priced with
 * @param energyDeciWh      energy delivered (live until settled, then from the record)
 * @param amountFen         the platform's amount charged (electricity + service), or the live estimate
 * @param electricityFen    electricity part of {@code amountFen} (settled orders)
 * @param serviceFen        service part of {@code amountFen} (settled orders)
 * @param pileAmountFen     the amount the pile computed, rounded to fen (settled orders)
 * @param discrepancy       whether the pile's and the platform's amounts differ beyond the tolerance
 * @param occupancyFeeFen   occupancy fee charged after the session
 * @param stopCause         why the platform stopped it ({@code DRIVER}, {@code LIMIT_REACHED},
 *                          {@code BALANCE_EXHAUSTED}, {@code OPERATOR}), or null
 * @param stopReasonCode    the pile's YKC stop reason code, or 0
 * @param stopReason        the pile's stop reason in words, or why the order failed
 * @param createdAt         when it was created
 * @param startedAt         session start (from the pile)
 * @param endedAt           session end (from the pile)
 * @param settledAt         when it was settled
 */
public record OrderView(long orderId, String tradeSerial, long tenantId, long stationId, String pileNo, int gun, long memberId,
                        String payerType, String trigger, String mode, long limitValue, String state, long holdFen,
                        int tariffModelNo, long energyDeciWh, long amountFen, long electricityFen, long serviceFen,
                        long pileAmountFen, boolean discrepancy, long occupancyFeeFen, String stopCause, int stopReasonCode,
                        String stopReason, Instant createdAt, Instant startedAt, Instant endedAt, Instant settledAt) {
}
