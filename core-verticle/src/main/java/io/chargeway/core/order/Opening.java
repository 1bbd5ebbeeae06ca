package io.chargeway.core.order;

import io.chargeway.contract.pile.TariffModel;
import io.chargeway.core.pile.PileRegistration;

/**
 * A start about to become an order.
 *
 * @param pile           the pile, from the registry
 * @param gun            the gun
 * @param memberId       the paying member
 * @param trigger        APP, CARD or VIN
 * @param mode           the charge mode
 * @param limitValue     the mode's limit
 * @param tariff         the pile's tariff now
 * @param physicalCardNo the card (card starts), or null
 * @param logicalCardNo  the card's printed number, or null
 * @param vin            the vehicle (VIN starts), or null
 * @param cause          the cause of the first transition
 * @param requireOnline  whether the pile must hold a lease (a platform start; a pile asking to start is online)
 */
public record Opening(PileRegistration pile, int gun, long memberId, String trigger, ChargeMode mode, long limitValue,
                      TariffModel tariff, String physicalCardNo, String logicalCardNo, String vin, String cause,
                      boolean requireOnline) {
}
