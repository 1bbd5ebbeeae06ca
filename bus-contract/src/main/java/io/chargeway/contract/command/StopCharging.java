package io.chargeway.contract.command;

/**
 * Remote stop (0x36), answered by 0x35.
 *
 * @param pileNo the pile
 * @param gun    the gun
 */
public record StopCharging(String pileNo, int gun) implements PileCommand {
}
