package io.chargeway.contract.command;

/**
 * Remote parallel (dual-gun) start (0xA4), answered by 0xA3; sent once per gun.
 *
 * @param pileNo           the pile
 * @param gun              the gun
 * @param tradeSerial      this gun's 32-digit serial
 * @param logicalCardNo    16 digits shown on the pile
 * @param physicalCardNo   16 hex digits (zeros for none)
 * @param balanceFen       available balance in fen
 * @param parallelSequence 12 digits, {@code YYMMDDhhmmss}, the same for every gun of the session
 */
public record StartParallelCharging(String pileNo, int gun, String tradeSerial, String logicalCardNo, String physicalCardNo,
                                    long balanceFen, String parallelSequence) implements PileCommand {
}
