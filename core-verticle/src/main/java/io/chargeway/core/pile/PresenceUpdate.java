package io.chargeway.core.pile;

import java.time.Instant;

/**
 * One pile's presence bookkeeping, as one row of a batched registry update
 * ({@link PileRepository#applyPresence}).
 *
 * @param pileNo          the pile
 * @param seenAt          the latest time the pile was seen; {@code last_seen_at} moves here unless it is later already
 * @param loginAt         when it logged in, or null when no login is recorded with this row
 * @param protocolVersion the protocol version it reported at that login
 * @param programVersion  the firmware version it reported
 * @param simIccid        its SIM card, or null
 * @param assignNode      whether {@code online_node} becomes {@code node}
 * @param node            the edge node holding the pile now (null: none), used when {@code assignNode}
 * @param clearIfNodes    when not assigning: comma-separated nodes that reported the pile offline;
 *                        {@code online_node} is cleared if it names one of them (null: leave it)
 */
public record PresenceUpdate(String pileNo, Instant seenAt, Instant loginAt, String protocolVersion, String programVersion,
                             String simIccid, boolean assignNode, String node, String clearIfNodes) {
}
