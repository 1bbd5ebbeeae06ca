package io.chargeway.contract.command;

/**
 * Remote start (0x34), answered by 0x33.
 *
 * @param pileNo         the pile
 * @param gun            the gun
 * @param tradeSerial    the 32-digit serial the platform generated for the order
 * @param logicalCardNo  16 digits shown on the pile (account or card number)
 * @param physicalCardNo 16 hex digits of a card that may also stop the session (zeros for none)
 * @param balanceFen     the member's available balance in fen
 */
public record StartCharging(String pileNo, int gun, String tradeSerial, String logicalCardNo, String physicalCardNo,
                            long balanceFen) implements PileCommand {
}
