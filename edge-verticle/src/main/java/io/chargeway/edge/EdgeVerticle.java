package io.chargeway.edge;

import java.time.Clock;
import java.util.function.LongSupplier;

import io.chargeway.edge.events.ChargingHandler;
import io.chargeway.edge.events.ClockSync;
import io.chargeway.edge.events.CoreClient;
import io.chargeway.edge.events.DownlinkConsumer;
import io.chargeway.edge.events.SessionLifecycle;
import io.chargeway.edge.events.StatusHandler;
import io.chargeway.edge.events.TariffHandler;
import io.chargeway.edge.events.UplinkDispatcher;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.ops.OperationsServer;
import io.chargeway.edge.presence.GunStateBuffer;
import io.chargeway.edge.presence.LeaseRenewals;
import io.chargeway.edge.presence.PilePresence;
import io.chargeway.edge.session.PendingReplies;
import io.chargeway.edge.session.SessionRegistry;
import io.chargeway.edge.transport.PileServer;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pile gateway of one node: piles connect over TCP and speak YKC V1.6, log in against the
 * core's registry over the event bus, and their frames become normalized events for the core;
 * commands come back on this node's own bus address. Deploy one instance per node: the session
 * registry belongs to the instance and lives on its event loop. The edge never touches MySQL.
 *
 * <p>{@link #start()} binds the pile server and the operations server and logs both;
 * {@link #stop()} takes every pile offline (events and lease release) before closing.
 */
public final class EdgeVerticle extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeVerticle.class);

    private EdgeOptions options;
    private EdgeMetrics metrics;
    private SessionRegistry registry;
    private PilePresence presence;
    private SessionLifecycle lifecycle;
    private DownlinkConsumer downlink;
    private CoreClient core;
    private PileServer pileServer;
    private OperationsServer operations;
    private GunStateBuffer gunStates;
    private LeaseRenewals renewals;
    private long sweepTimer = -1;
    private long presenceTimer = -1;
    private int httpPort;

    @Override
    public Future<?> start() {
        try {
            options = EdgeOptions.fromJson(config());
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        LongSupplier clock = () -> System.nanoTime() / 1_000_000;
        LivenessSweep sweep = wire(clock);
        return downlink.register()
                .compose(v -> pileServer.listen())
                .compose(port -> {
                    LOG.info("pile server listening [port: {}, node: {}]", port, options.nodeId());
                    return operations.listen(options.httpHost(), options.httpPort(), pileServer::listening, presence::ping,
                            core::probe);
                })
                .onSuccess(port -> {
                    httpPort = port;
                    LOG.info("edge health and metrics listening [port: {}, node: {}]", port, options.nodeId());
                    sweepTimer = vertx.setPeriodic(options.sweepPeriod().toMillis(), id -> sweep.run());
                    presenceTimer = vertx.setPeriodic(options.presenceTick().toMillis(), id -> {
                        renewals.tick(clock.getAsLong());
                        gunStates.flush();
                    });
                });
    }

    /** Builds the node's parts; nothing is bound or consumed yet. */
    private LivenessSweep wire(LongSupplier clock) {
        metrics = new EdgeMetrics();
        registry = new SessionRegistry();
        metrics.gauges(registry::connectionCount, registry::loggedInCount);
        PendingReplies pending = new PendingReplies(new VertxTimers(), clock);
        presence = new PilePresence(vertx, options.redisConnectionString(), options.nodeId(), options.lease().toSeconds(), metrics);
        gunStates = new GunStateBuffer(presence);
        renewals = new LeaseRenewals(presence::acquire, presence::renew, options.leaseRenewPeriod().toMillis(),
                options.presenceTick().toMillis(), clock.getAsLong());
        core = new CoreClient(vertx.eventBus(), options.commandTimeout(), metrics);
        ClockSync clockSync = new ClockSync(Clock.systemUTC(), clock);
        lifecycle = new SessionLifecycle(options.nodeId(), registry, pending, core, presence, renewals, metrics, clock,
                clockSync::send);
        UplinkDispatcher.Handlers handlers = new UplinkDispatcher.Handlers(
                new StatusHandler(core, gunStates, metrics, Clock.systemUTC(), clock), new TariffHandler(core),
                new ChargingHandler(core, metrics, Clock.systemUTC()), clockSync);
        UplinkDispatcher dispatcher = new UplinkDispatcher(lifecycle, pending, handlers, metrics, clock,
                options.badFrameWindow().toMillis(), options.badFrameLimit());
        pileServer = new PileServer(vertx, options, dispatcher, metrics, clock);
        operations = new OperationsServer(vertx, metrics);
        downlink = new DownlinkConsumer(vertx.eventBus(), options.nodeId(), registry, pending, clockSync, metrics,
                options.commandTimeout().toMillis(), clock);
        return new LivenessSweep(options, registry, clockSync::send, clock);
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(sweepTimer);
        vertx.cancelTimer(presenceTimer);
        if (lifecycle == null) {
            return Future.succeededFuture();
        }
        return downlink.unregister()
                .eventually(lifecycle::stopAll)
                .eventually(pileServer::close)
                .eventually(operations::close)
                .eventually(presence::close)
                .onComplete(ar -> LOG.info("edge node stopped [node: {}]", options.nodeId()));
    }

    /** This node's id (its bus address is {@code Addresses.edgeCommands(nodeId)}). */
    public String nodeId() {
        return options.nodeId();
    }

    /** The port the pile server is bound to, once started. */
    public int pilePort() {
        return pileServer.actualPort();
    }

    /** The port of the health and metrics server, once started. */
    public int httpPort() {
        return httpPort;
    }

    /** The node's meters. */
    public EdgeMetrics metrics() {
        return metrics;
    }

    /** Vert.x timers for {@link PendingReplies}. */
    private final class VertxTimers implements PendingReplies.Timers {
        @Override
        public long schedule(long delayMillis, Runnable action) {
            return vertx.setTimer(delayMillis, id -> action.run());
        }

        @Override
        public void cancel(long id) {
            vertx.cancelTimer(id);
        }
    }
}
