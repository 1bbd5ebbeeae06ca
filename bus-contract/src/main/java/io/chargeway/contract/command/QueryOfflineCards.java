package io.chargeway.contract.command;

import java.util.List;

/**
 * Offline card query (0x48), answered by 0x47 with "stored or not" per card.
 *
 * @param pileNo          the pile
 * @param physicalCardNos the cards to look up (16 hex digits each)
 */
public record QueryOfflineCards(String pileNo, List<String> physicalCardNos) implements PileCommand {
}
