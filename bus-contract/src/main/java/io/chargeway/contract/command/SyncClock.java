package io.chargeway.contract.command;

import java.time.Instant;

/**
 * Time sync (0x56), answered by 0x55 with the pile's time after setting.
 *
 * @param pileNo the pile
 * @param time   the time to set, or null for the edge's clock at sending
 */
public record SyncClock(String pileNo, Instant time) implements PileCommand {
}
