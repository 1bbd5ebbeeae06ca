package io.chargeway.contract.command;

/**
 * Remote balance update (0x42), answered by 0x41.
 *
 * @param pileNo         the pile
 * @param gun            the gun
 * @param physicalCardNo the session's card (16 hex digits), or zeros to update whoever is charging
 * @param balanceFen     the new balance in fen
 */
public record UpdateBalance(String pileNo, int gun, String physicalCardNo, long balanceFen) implements PileCommand {
}
