package io.chargeway.core.pile;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.EdgeNodeStopping;
import io.chargeway.contract.event.PileOffline;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.NodeStoppingAck;
import io.chargeway.core.bus.JsonRequestConsumer;
import io.chargeway.core.db.MySqlErrors;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link Addresses#CORE_EDGE_NODE_STOPPING}: an edge node stopping takes its piles offline
 * with one request instead of one event and one registry write per pile. Once every presence
 * update queued before the request is written ({@link PresenceBatcher#afterPending}), one
 * statement clears {@code online_node} wherever it names the node (a pile that already moved to
 * another node keeps that one); then a {@link PileOffline} with reason {@code NODE_STOPPING} is
 * published on {@link Addresses#FEED_PILE_EVENTS} for each listed pile, as the edge used to send
 * them (the web's live updates and the station search follow piles one by one), {@value #SLICE} per
 * event-loop turn so that tens of thousands do not hold the loop; the reply
 * ({@link NodeStoppingAck}) comes last. Fails with {@link ErrorCode#BAD_REQUEST} without a node id
 * and with {@link ErrorCode#UNAVAILABLE} when the database cannot clear the node.
 */
final class EdgeNodeStoppingConsumer {

    static final String NODE_STOPPING = "NODE_STOPPING";
    static final int SLICE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(EdgeNodeStoppingConsumer.class);

    private final Vertx vertx;
    private final PileRepository piles;
    private final PresenceBatcher presence;
    private final Clock clock;
    private final ProcessedPileEvents processed;

    EdgeNodeStoppingConsumer(Vertx vertx, PileRepository piles, PresenceBatcher presence, Clock clock,
                             ProcessedPileEvents processed) {
        this.processed = processed;
        this.vertx = vertx;
        this.piles = piles;
        this.presence = presence;
        this.clock = clock;
    }

    MessageConsumer<Object> register() {
        return JsonRequestConsumer.serve(vertx.eventBus(), Addresses.CORE_EDGE_NODE_STOPPING, EdgeNodeStopping.class,
                this::stopping);
    }

    Future<NodeStoppingAck> stopping(EdgeNodeStopping stopping) {
        String nodeId = stopping.nodeId();
        if (nodeId == null || nodeId.isBlank()) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "edge.node-stopping without nodeId"));
        }
        Instant at = stopping.at() != null ? stopping.at() : clock.instant();
        return presence.afterPending(() -> piles.clearNode(nodeId, at))
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("clearing the piles of edge node " + nodeId, err)))
                .compose(cleared -> {
                    LOG.info("edge node stopped; its piles are offline [node: {}, listed: {}, cleared: {}]", nodeId,
                            stopping.count(), cleared);
                    return publishOffline(offlineEvents(stopping, at)).map(new NodeStoppingAck(cleared));
                });
    }

    private static List<PileOffline> offlineEvents(EdgeNodeStopping stopping, Instant at) {
        List<PileOffline> events = new ArrayList<>(Math.max(0, stopping.count()));
        for (EdgeNodeStopping.TenantPiles tenant : stopping.piles()) {
            for (String pileNo : tenant.pileNos()) {
                events.add(new PileOffline(pileNo, tenant.tenantId(), stopping.nodeId(), NODE_STOPPING, at));
            }
        }
        return events;
    }

    /** Publishes the events a slice per event-loop turn; completes after the last one. */
    private Future<Void> publishOffline(List<PileOffline> events) {
        Promise<Void> done = Promise.promise();
        publishSlice(events, 0, done);
        return done.future();
    }

    private void publishSlice(List<PileOffline> events, int from, Promise<Void> done) {
        int to = Math.min(events.size(), from + SLICE);
        for (int i = from; i < to; i++) {
            processed.deliver(events.get(i));
            vertx.eventBus().publish(Addresses.FEED_PILE_EVENTS, BusJson.toJson(events.get(i)));
        }
        if (to >= events.size()) {
            done.complete();
        } else {
            vertx.runOnContext(v -> publishSlice(events, to, done));
        }
    }
}
