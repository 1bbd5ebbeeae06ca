package io.chargeway.core.order;

import java.time.Instant;

import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.wallet.Hold;

/**
 * An order about to be written.
 *
 * @param tradeSerial    the trade serial
 * @param tenantId       the operator
 * @param stationId      the station
 * @param pileId         the pile's row id
 * @param pileNo         the pile number
 * @param gun            the gun
 * @param memberId       the paying member, 0 when none
 * @param trigger        APP, CARD, VIN or OFFLINE_CARD
 * @param mode           the charge mode
 * @param limitValue     the mode's limit
 * @param state          the first state
 * @param hold           the money frozen for it
 * @param tariff         the tariff it is priced with
 * @param physicalCardNo the card, or null
 * @param logicalCardNo  the card's printed number, or null
 * @param vin            the vehicle, or null
 * @param startDeadline  when a start not confirmed by then fails (null for orders created settled)
 * @param cause          the cause of the first transition
 * @param at             now
 */
public record NewOrder(String tradeSerial, long tenantId, long stationId, long pileId, String pileNo, int gun, long memberId,
                       String trigger, ChargeMode mode, long limitValue, OrderState state, Hold hold, TariffModel tariff,
                       String physicalCardNo, String logicalCardNo, String vin, Instant startDeadline, String cause,
                       Instant at) {
}
