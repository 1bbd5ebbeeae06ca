package io.chargeway.core.pile;

import java.time.Clock;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.sqlclient.Pool;

/**
 * The edge's presence questions and reports on the bus: pile login ({@link Addresses#CORE_PILE_LOGIN}),
 * pile events ({@link Addresses#CORE_PILE_EVENTS}) and a stopping edge node
 * ({@link Addresses#CORE_EDGE_NODE_STOPPING}), sharing one {@link PresenceBatcher} so that their
 * registry writes are batched together and reach the database in arrival order. One line in the
 * core verticle starts it; its parts are confined to that verticle's event loop.
 */
public final class PileModule {

    private final Vertx vertx;
    private final PileRepository piles;
    private final PresenceBatcher presence;
    private final Clock clock;
    private final ProcessedPileEvents processed = new ProcessedPileEvents();
    private PileEventConsumer events;

    /** The module over the core's pool. */
    public PileModule(Vertx vertx, Pool pool, Clock clock) {
        this.vertx = vertx;
        this.piles = new PileRepository(pool);
        this.presence = new PresenceBatcher(piles);
        this.clock = clock;
    }

    /**
     * Registers the consumers.
     *
     * @return the consumers (their {@code completion()} says when they are registered)
     */
    public List<MessageConsumer<?>> register() {
        events = new PileEventConsumer(vertx.eventBus(), presence, clock, processed);
        return List.of(new PileLoginConsumer(piles, presence, clock).register(vertx.eventBus()), events.register(),
                new EdgeNodeStoppingConsumer(vertx, piles, presence, clock, processed).register());
    }

    /** Malformed pile events dropped so far (0 before {@link #register}). */
    public long malformedEventCount() {
        return events == null ? 0 : events.malformedCount();
    }

    /** The events this instance processed, for the modules of the same instance that act on each one once. */
    public ProcessedPileEvents processed() {
        return processed;
    }

    /** The batcher of the registry's presence writes (for checks and tests). */
    public PresenceBatcher presence() {
        return presence;
    }
}
