package io.chargeway.contract.command;

/**
 * Read real-time data (0x12), answered by a 0x13 for that gun.
 *
 * @param pileNo the pile
 * @param gun    the gun
 */
public record ReadLiveData(String pileNo, int gun) implements PileCommand {
}
