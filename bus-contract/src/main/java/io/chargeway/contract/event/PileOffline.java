package io.chargeway.contract.event;

import java.time.Instant;

/**
 * A logged-in pile's connection ended.
 *
 * @param pileNo   the pile
 * @param tenantId its operator
 * @param nodeId   the edge node that held it
 * @param reason   {@code HEARTBEAT_TIMEOUT}, {@code CLOSED_BY_PILE}, {@code REPLACED} (a newer connection
 *                 of the same pile took over), {@code GARBAGE} (too many bad frames) or {@code NODE_STOPPING}
 * @param at       when
 */
public record PileOffline(String pileNo, long tenantId, String nodeId, String reason, Instant at) implements PileEvent {
}
