package io.chargeway.contract.command;

import java.util.List;

/**
 * Offline card clear (0x46), answered by 0x45 with a result per card.
 *
 * @param pileNo          the pile
 * @param physicalCardNos the cards to remove (16 hex digits each)
 */
public record ClearOfflineCards(String pileNo, List<String> physicalCardNos) implements PileCommand {
}
