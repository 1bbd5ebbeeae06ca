package io.chargeway.contract.order;

/**
 * A member asks to charge at a gun. Exactly the limit of the chosen mode is set (the others 0).
 *
 * @param tenantId          the operator whose app the member uses
 * @param memberId          the member paying from the wallet
 * @param pileNo            the 14-digit pile number
 * @param gun               the gun, from 1
 * @param mode              {@code FULL}, {@code AMOUNT}, {@code ENERGY} or {@code TIME}
 * @param amountLimitFen    for {@code AMOUNT}: stop when the amount reaches this, in fen
 * @param energyLimitDeciWh for {@code ENERGY}: stop when the energy reaches this, in 0.0001 kWh
 * @param timeLimitMinutes  for {@code TIME}: stop after this many minutes of charging
 */
public record StartOrder(long tenantId, long memberId, String pileNo, int gun, String mode, long amountLimitFen,
                         long energyLimitDeciWh, int timeLimitMinutes) {
}
