package io.chargeway.sim.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.chargeway.sim.ConnectionState;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.PileShard;
import io.chargeway.sim.PileTarget;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.sim.SimulatorStats;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many simulated piles in one JVM, for demos, the edge's tests and load benchmarks. Piles are
 * spread over a few event loops ({@link PileShard}s, one tick each), bound to source addresses
 * 127.0.0.1..k round-robin, and started at the configured ramp-up rate. Aggregate numbers are in
 * {@link #stats()}.
 *
 * <pre>{@code
 * SimulatorFleet fleet = SimulatorFleet.start(vertx, FleetOptions.of("127.0.0.1", port, 2000)
 *         .withSourceIps(2)).await();
 * fleet.awaitLoggedIn(2000, Duration.ofMinutes(1)).await();
 * fleet.pile(1).misbehave().garbage(10);
 * fleet.stop();
 * }</pre>
 */
public final class SimulatorFleet {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorFleet.class);
    private static final long RAMP_STEP_MILLIS = 100;
    private static final long POLL_MILLIS = 50;

    private final Vertx vertx;
    private final FleetOptions options;
    private final SimulatorStats stats;
    private final String deploymentId;
    private final List<SimulatedPile> piles;
    private long rampTimer = -1;
    private volatile int started;

    private SimulatorFleet(Vertx vertx, FleetOptions options, SimulatorStats stats, String deploymentId,
                           List<SimulatedPile> piles) {
        this.vertx = vertx;
        this.options = options;
        this.stats = stats;
        this.deploymentId = deploymentId;
        this.piles = piles;
    }

    /**
     * Deploys the shards, creates the piles and starts connecting them at the ramp-up rate.
     *
     * @return the fleet once every pile exists (connections continue to ramp up in the background);
     *         fails if the shards cannot be deployed
     */
    public static Future<SimulatorFleet> start(Vertx vertx, FleetOptions options) {
        SimulatorStats stats = new SimulatorStats();
        List<ShardVerticle> shards = Collections.synchronizedList(new ArrayList<>());
        return vertx.deployVerticle(() -> {
            ShardVerticle shard = new ShardVerticle(options, stats);
            shards.add(shard);
            return shard;
        }, new DeploymentOptions().setInstances(options.shards())).map(id -> {
            List<SimulatedPile> piles = createPiles(options, shards);
            SimulatorFleet fleet = new SimulatorFleet(vertx, options, stats, id, piles);
            LOG.info("fleet created [piles: {}, first: {}, shards: {}, ramp: {}/s, scenario: {}, target: {}:{}]",
                    piles.size(), options.layout().first(), shards.size(), options.rampPerSecond(),
                    options.scenario().cliName(), options.target().host(), options.target().port());
            fleet.startRamp();
            return fleet;
        });
    }

    private static List<SimulatedPile> createPiles(FleetOptions options, List<ShardVerticle> shards) {
        List<SimulatedPile> piles = new ArrayList<>(options.pileCount());
        Map<String, PileTarget> targets = new HashMap<>();
        for (int i = 1; i <= options.pileCount(); i++) {
            PileShard shard = shards.get((i - 1) % shards.size()).shard();
            PileIdentity identity = options.layout().identity(i);
            String source = options.sourceAddress(i);
            PileTarget target = targets.computeIfAbsent(String.valueOf(source), s -> options.target().from(source));
            SimulatedPile pile = shard.add(target, identity, options.settings());
            options.scenario().apply(pile, i, options);
            piles.add(pile);
        }
        return Collections.unmodifiableList(piles);
    }

    private void startRamp() {
        long begin = System.nanoTime();
        rampTimer = vertx.setPeriodic(RAMP_STEP_MILLIS / 10, RAMP_STEP_MILLIS, id -> {
            long elapsedMillis = (System.nanoTime() - begin) / 1_000_000 + RAMP_STEP_MILLIS;
            long due = Math.min(piles.size(), elapsedMillis * options.rampPerSecond() / 1000);
            int next = started;
            while (next < due) {
                piles.get(next++).start();
            }
            started = next;
            if (next >= piles.size()) {
                vertx.cancelTimer(id);
                LOG.info("fleet ramp-up done [piles: {}]", piles.size());
            }
        });
    }

    /** Aggregate counters and the login-time histogram of all piles. */
    public SimulatorStats stats() {
        return stats;
    }

    /** The options this fleet runs with. */
    public FleetOptions options() {
        return options;
    }

    /** Number of piles. */
    public int size() {
        return piles.size();
    }

    /** Piles whose connection has been started so far. */
    public int started() {
        return started;
    }

    /**
     * Pile {@code index} (1-based, in layout order).
     *
     * @throws IllegalArgumentException if out of range
     */
    public SimulatedPile pile(int index) {
        if (index < 1 || index > piles.size()) {
            throw new IllegalArgumentException("fleet has piles 1.." + piles.size() + ", not " + index);
        }
        return piles.get(index - 1);
    }

    /** Every pile, in layout order (unmodifiable). */
    public List<SimulatedPile> piles() {
        return piles;
    }

    /**
     * Succeeds once at least {@code count} piles are logged in at the same time.
     *
     * @return fails with {@link TimeoutException} (saying how many were logged in) after {@code timeout}
     */
    public Future<Void> awaitLoggedIn(int count, Duration timeout) {
        Promise<Void> promise = Promise.promise();
        long deadline = System.nanoTime() + timeout.toNanos();
        // Timers are set from an event loop: one set from a foreign thread may fire before its id is usable.
        vertx.getOrCreateContext().runOnContext(v -> vertx.setPeriodic(POLL_MILLIS, POLL_MILLIS, id -> {
            long loggedIn = stats.inState(ConnectionState.LOGGED_IN);
            if (loggedIn >= count) {
                promise.tryComplete();
                vertx.cancelTimer(id);
            } else if (System.nanoTime() > deadline) {
                promise.tryFail(new TimeoutException(loggedIn + " of " + count + " piles logged in after " + timeout));
                vertx.cancelTimer(id);
            }
        }));
        return promise.future();
    }

    /**
     * Stops the ramp and every pile and closes the shards.
     *
     * @return completes when the shards are undeployed
     */
    public Future<Void> stop() {
        if (rampTimer >= 0) {
            vertx.cancelTimer(rampTimer);
        }
        return vertx.undeploy(deploymentId).onComplete(ar -> LOG.info("fleet stopped [piles: {}]", piles.size()));
    }
}
