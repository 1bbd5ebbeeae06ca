package io.chargeway.contract.event;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.chargeway.contract.Addresses;
import io.chargeway.contract.pile.NodeStoppingAck;

/**
 * An edge node is stopping and takes all its piles offline at once. Instead of one
 * {@link PileOffline} per pile, the edge sends this one request to
 * {@link Addresses#CORE_EDGE_NODE_STOPPING}; the core clears the node from the registry in one
 * statement, answers {@link NodeStoppingAck} (so the edge knows it was recorded), and then
 * publishes a {@link PileOffline} with reason {@code NODE_STOPPING} for each listed pile on
 * {@link Addresses#FEED_PILE_EVENTS}, for the subscribers that follow piles one by one. On the bus
 * it is {@code {"type": "edge.node-stopping", "version": 1, ...}}.
 *
 * @param nodeId the stopping node
 * @param count  how many piles it lists (the sum over {@code piles})
 * @param piles  the piles whose lease was still the node's when it stopped, grouped by operator
 * @param at     when the node stopped
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonTypeName("edge.node-stopping")
@JsonIgnoreProperties(ignoreUnknown = true)
public record EdgeNodeStopping(String nodeId, int count, List<TenantPiles> piles, Instant at) {

    /** The payload version; bumped when a field changes meaning. */
    public static final int VERSION = 1;

    /** Copies the lists, so the event stays as it was built. */
    public EdgeNodeStopping {
        piles = piles == null ? List.of() : List.copyOf(piles);
    }

    /** The payload version, written into every event. */
    @JsonProperty("version")
    public int version() {
        return VERSION;
    }

    /**
     * The piles of one operator.
     *
     * @param tenantId the operator
     * @param pileNos  its piles
     */
    public record TenantPiles(long tenantId, List<String> pileNos) {

        /** Copies the list. */
        public TenantPiles {
            pileNos = pileNos == null ? List.of() : List.copyOf(pileNos);
        }
    }
}
