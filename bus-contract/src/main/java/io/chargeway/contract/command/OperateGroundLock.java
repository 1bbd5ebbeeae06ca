package io.chargeway.contract.command;

/**
 * Ground-lock raise/lower (0x62), answered by 0x63.
 *
 * @param pileNo the pile
 * @param gun    the gun of the parking space
 * @param raise  raise (true) or lower
 */
public record OperateGroundLock(String pileNo, int gun, boolean raise) implements PileCommand {
}
