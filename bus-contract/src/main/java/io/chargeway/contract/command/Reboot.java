package io.chargeway.contract.command;

/**
 * Remote reboot (0x92), answered by 0x91.
 *
 * @param pileNo   the pile
 * @param whenIdle reboot when idle (0x02) rather than at once (0x01)
 */
public record Reboot(String pileNo, boolean whenIdle) implements PileCommand {
}
