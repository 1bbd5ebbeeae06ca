package io.chargeway.contract.command;

/**
 * Work parameter setting (0x52), answered by 0x51.
 *
 * @param pileNo          the pile
 * @param enabled         whether the pile may work (false locks it)
 * @param maxPowerPercent maximum output power, 30..100 percent of rated power
 */
public record SetWorkParameters(String pileNo, boolean enabled, int maxPowerPercent) implements PileCommand {
}
