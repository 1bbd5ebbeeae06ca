package io.chargeway.core.pile;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.PileEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pile events this core instance processed, handed as records to the modules of the same
 * instance at the moment they are published on {@link Addresses#FEED_PILE_EVENTS}. A module
 * that must act on each event exactly once per cluster (orders) listens here instead of as a
 * local consumer of the feed: the event is the one the consumer already decoded, so it is not
 * copied and decoded again for every listener. Listeners run on the instance's event loop, in
 * the order the events were published; one that throws is logged and the others still run.
 */
public final class ProcessedPileEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedPileEvents.class);

    private final List<Consumer<PileEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener for every event published from now on. */
    public void listen(Consumer<PileEvent> listener) {
        listeners.add(listener);
    }

    /** Hands {@code event} to every listener. */
    void deliver(PileEvent event) {
        for (Consumer<PileEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("pile event listener failed [pile: {}, event: {}]", event.pileNo(), event.getClass().getSimpleName(), e);
            }
        }
    }
}
