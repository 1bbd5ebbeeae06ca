package io.chargeway.contract.pile;

/**
 * The core's answer to an {@code EdgeNodeStopping}: the registry no longer names the node.
 *
 * @param cleared piles whose {@code online_node} named the node and was cleared
 */
public record NodeStoppingAck(int cleared) {
}
