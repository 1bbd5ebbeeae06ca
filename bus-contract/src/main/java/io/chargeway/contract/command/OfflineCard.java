package io.chargeway.contract.command;

/**
 * A card the pile may authorise while offline.
 *
 * @param logicalCardNo  16 digits
 * @param physicalCardNo 16 hex digits
 */
public record OfflineCard(String logicalCardNo, String physicalCardNo) {
}
