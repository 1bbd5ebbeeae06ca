package io.chargeway.contract.order;

/**
 * Bind a charging card or a vehicle to a member, so that a card swipe or a VIN start (0x31) at a
 * pile charges the member's wallet. A card or VIN belongs to one member of a tenant at a time.
 *
 * @param tenantId       the operator
 * @param memberId       the member
 * @param kind           {@code CARD} or {@code VIN}
 * @param physicalCardNo for a card: the UID as 16 hex digits (as piles report it)
 * @param logicalCardNo  for a card: the 16-digit number printed on it (shown on the pile)
 * @param vin            for a vehicle: the 17-character VIN
 */
public record BindCredential(long tenantId, long memberId, String kind, String physicalCardNo, String logicalCardNo,
                             String vin) {
}
