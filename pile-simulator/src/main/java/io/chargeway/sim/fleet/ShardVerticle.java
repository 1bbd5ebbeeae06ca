package io.chargeway.sim.fleet;

import io.chargeway.sim.PileShard;
import io.chargeway.sim.SimulatorStats;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/**
 * Gives one {@link PileShard} its own event-loop context: a fleet deploys one instance per shard,
 * and Vert.x spreads the instances over its event loops. Undeploying closes the shard's piles.
 */
final class ShardVerticle extends VerticleBase {

    private final FleetOptions options;
    private final SimulatorStats stats;
    private volatile PileShard shard;

    ShardVerticle(FleetOptions options, SimulatorStats stats) {
        this.options = options;
        this.stats = stats;
    }

    @Override
    public Future<?> start() {
        shard = new PileShard(context, options.tickMillis(), options.connectTimeoutMillis(), stats);
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        return shard.close();
    }

    PileShard shard() {
        return shard;
    }
}
