package io.chargeway.contract.command;

import java.util.List;

/**
 * Offline card sync (0x44), answered by 0x43. The edge splits long lists into frames of at
 * most 11 cards so that every frame stays within the 200-byte length the document caps.
 *
 * @param pileNo the pile
 * @param cards  the cards to store
 */
public record SyncOfflineCards(String pileNo, List<OfflineCard> cards) implements PileCommand {
}
