package io.chargeway.contract.pile;

/**
 * Edge to core on {@link io.chargeway.contract.Addresses#CORE_PILE_AUTHORIZE}: a user asks to
 * start at the pile (0x31 card/VIN, or 0xA1 parallel). Replied with {@link StartAuthorization}.
 *
 * @param pileNo           the pile
 * @param gun              the gun
 * @param mode             {@code CARD}, {@code ACCOUNT} or {@code VIN}
 * @param physicalCardNo   the card UID as 16 hex digits (zeros for VIN starts)
 * @param passwordMd5Hex   the password digest the pile sends, as hex (empty when not required)
 * @param vin              the vehicle VIN (empty unless mode is VIN)
 * @param parallelSequence the 12-digit parallel sequence for 0xA1, or null
 * @param auxiliaryGun     for 0xA1: whether this gun is the auxiliary one
 */
public record StartAuthorizationRequest(String pileNo, int gun, String mode, String physicalCardNo, String passwordMd5Hex,
                                        String vin, String parallelSequence, boolean auxiliaryGun) {
}
