package io.chargeway.contract.event;

import java.time.Instant;

/**
 * A pile logged in on an edge node.
 *
 * @param pileNo          the pile
 * @param tenantId        its operator
 * @param stationId       its station
 * @param nodeId          the edge node holding the connection
 * @param remoteAddress   the pile's address as the edge sees it
 * @param gunCount        guns reported by the pile
 * @param protocolVersion e.g. V1.6
 * @param programVersion  firmware version
 * @param at              login time
 */
public record PileOnline(String pileNo, long tenantId, long stationId, String nodeId, String remoteAddress, int gunCount,
                         String protocolVersion, String programVersion, Instant at) implements PileEvent {
}
