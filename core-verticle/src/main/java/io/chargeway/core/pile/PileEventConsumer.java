package io.chargeway.core.pile;

import java.time.Clock;
import java.time.Instant;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.event.PileOffline;
import io.chargeway.contract.event.PileOnline;
import io.chargeway.contract.json.BusJson;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the edge's lossy pile events on {@link Addresses#CORE_PILE_EVENTS} (fire and forget)
 * and publishes each one unchanged on {@link Addresses#FEED_PILE_EVENTS} for the web, the
 * dashboard and later the CEC pushes.
 *
 * <p>{@link PileOnline} and {@link PileOffline} first update the pile's {@code last_seen_at} and
 * {@code online_node} (batched with other piles' by the {@link PresenceBatcher}), and are published
 * once that is written (also when it failed: the feed must not depend on the database), so a
 * subscriber that reads the registry on such an event sees the new state. Every other event is
 * published at once. Each event is handed to this instance's {@link ProcessedPileEvents} as it is
 * published (decoded once, for the modules that act on it here). A body that is not a valid event is
 * logged, counted and dropped; nothing here can fail the consumer.
 *
 * <p>Instances are confined to the event loop of the verticle that registered them; only the
 * dropped-event counter may be read from any thread.
 */
public final class PileEventConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(PileEventConsumer.class);

    private final EventBus bus;
    private final PresenceBatcher presence;
    private final Clock clock;
    private final ProcessedPileEvents processed;
    private volatile long malformed;
    private MessageConsumer<Object> consumer;

    /**
     * A consumer that updates the registry through {@code presence}, publishes on {@code bus} and
     * hands each event to {@code processed}.
     */
    public PileEventConsumer(EventBus bus, PresenceBatcher presence, Clock clock, ProcessedPileEvents processed) {
        this.bus = bus;
        this.presence = presence;
        this.clock = clock;
        this.processed = processed;
    }

    /** Starts consuming the address. */
    public MessageConsumer<Object> register() {
        consumer = bus.consumer(Addresses.CORE_PILE_EVENTS, this::handle);
        return consumer;
    }

    /** Events dropped because they were not valid pile events, since this consumer was created. */
    public long malformedCount() {
        return malformed;
    }

    private void handle(Message<Object> message) {
        PileEvent event;
        JsonObject json;
        try {
            if (!(message.body() instanceof JsonObject body)) {
                throw new IllegalArgumentException("a pile event must be a JSON object, got " + typeOf(message.body()));
            }
            json = body;
            event = BusJson.fromJson(json, PileEvent.class);
            if (event.pileNo() == null) {
                throw new IllegalArgumentException("a pile event must name its pile");
            }
        } catch (PlatformException | IllegalArgumentException e) {
            malformed++;
            LOG.warn("malformed pile event dropped [dropped so far: {}]: {}", malformed, e.getMessage());
            return;
        }
        updateRegistry(event).onComplete(ar -> {
            processed.deliver(event);
            bus.publish(Addresses.FEED_PILE_EVENTS, json);
        });
    }

    private Future<?> updateRegistry(PileEvent event) {
        Future<Boolean> update;
        Instant at = event.at() != null ? event.at() : clock.instant();
        if (event instanceof PileOnline online) {
            update = presence.online(online.pileNo(), online.nodeId(), at);
        } else if (event instanceof PileOffline offline) {
            update = presence.offline(offline.pileNo(), offline.nodeId(), at);
        } else {
            return Future.succeededFuture();
        }
        // a failed batch is logged once by the batcher, not once per event
        return update.onSuccess(updated -> {
            if (!updated) {
                LOG.warn("presence event for a pile not in the registry [pile: {}, event: {}]", event.pileNo(),
                        event.getClass().getSimpleName());
            }
        });
    }

    private static String typeOf(Object body) {
        return body == null ? "nothing" : body.getClass().getSimpleName();
    }
}
