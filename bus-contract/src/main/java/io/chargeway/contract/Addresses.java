package io.chargeway.contract;

/**
 * Every event-bus address, in one place. Payloads are JSON objects mapped by
 * {@link io.chargeway.contract.json.BusJson}; nothing that crosses a role assumes one JVM.
 *
 * <p>Point-to-point addresses ({@code send}/{@code request}) are served by one consumer per
 * role instance; with several core nodes the bus spreads requests round robin, so every core
 * handler is idempotent. Feed addresses ({@code publish}) reach every subscriber.
 */
public final class Addresses {

    /** Edge asks core whether a pile may log in: {@code PileLoginRequest} -> {@code PileLoginReply}. */
    public static final String CORE_PILE_LOGIN = "chargeway.core.pile.login";
    /** Edge asks core for a pile's tariff: {@code TariffQuery} -> {@code TariffModel}. */
    public static final String CORE_PILE_TARIFF = "chargeway.core.pile.tariff";
    /** Edge sends lossy pile events (live data, status, BMS, faults, online/offline): {@code PileEvent}. */
    public static final String CORE_PILE_EVENTS = "chargeway.core.pile.events";
    /**
     * Edge hands over a transaction record (0x3B): {@code TransactionRecorded} -> {@code TransactionAck}.
     * The reply comes only after the core committed; only then does the edge confirm with 0x40.
     */
    public static final String CORE_PILE_TRANSACTION = "chargeway.core.pile.transaction";
    /** Edge asks core to authorise a start at the pile (card, VIN; 0x31/0xA1): {@code StartAuthorizationRequest}. */
    public static final String CORE_PILE_AUTHORIZE = "chargeway.core.pile.authorize";
    /** Anyone asks core to send a command to a pile, wherever it is connected: {@code PileCommand} -> {@code CommandResult}. */
    public static final String CORE_PILE_COMMAND = "chargeway.core.pile.command";
    /**
     * An edge node stopping takes its piles offline in one request: {@code EdgeNodeStopping} ->
     * {@code NodeStoppingAck}, answered once the registry no longer names the node.
     */
    public static final String CORE_EDGE_NODE_STOPPING = "chargeway.core.edge.node-stopping";
    /** Core asks for registry facts (station, piles, guns) for tools and the web. */
    public static final String CORE_REGISTRY = "chargeway.core.registry";

    /** Feed of normalized pile events, published by the core after it processed them. */
    public static final String FEED_PILE_EVENTS = "chargeway.feed.pile-events";

    private static final String EDGE_PREFIX = "chargeway.edge.";

    private Addresses() {
    }

    /**
     * The command address of one edge node: core sends {@code PileCommand}s here for the piles the
     * node holds (found from the Redis lease) and gets a {@code CommandResult} back.
     */
    public static String edgeCommands(String nodeId) {
        return EDGE_PREFIX + nodeId + ".commands";
    }
}
