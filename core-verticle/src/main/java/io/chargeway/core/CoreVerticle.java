package io.chargeway.core;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.core.admin.AdminModule;
import io.chargeway.core.bus.ShutdownDrain;
import io.chargeway.core.db.DrainingPool;
import io.chargeway.core.db.SchemaMigrations;
import io.chargeway.core.demo.DemoSeeder;
import io.chargeway.core.identity.IdentityModule;
import io.chargeway.core.order.OrderModule;
import io.chargeway.core.pile.PileCommandRouter;
import io.chargeway.core.pile.PileModule;
import io.chargeway.core.redis.RedisPileLocator;
import io.chargeway.core.tariff.PileTariffConsumer;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.redis.client.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core role: owns the registry and its data (MySQL/MariaDB through the reactive client,
 * Redis for pile leases) and serves the edge's requests on the event bus: pile login, tariff,
 * pile events, transaction records, and routing of pile commands to the edge node holding a pile.
 *
 * <p>{@link #start()} reads {@link CoreOptions} once, brings the schema up to date, optionally
 * seeds the demo registry, and registers the consumers; its Future fails with the configuration
 * error, the migration error or the database error that stopped it. Several instances and
 * several core nodes may run at once: every handler is idempotent and shared state is in the
 * database and Redis.
 */
public final class CoreVerticle extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(CoreVerticle.class);

    private final List<MessageConsumer<?>> consumers = new ArrayList<>();
    private CoreOptions options;
    private DrainingPool pool;
    private Redis redis;
    private PileModule piles;
    private ShutdownDrain drain;

    @Override
    public Future<?> start() {
        options = CoreOptions.fromJson(config());
        SchemaMigrations migrations = new SchemaMigrations(options.database());
        // Flyway is JDBC and blocks; it runs once, before the core accepts any traffic, on a worker thread.
        return vertx.executeBlocking(migrations::migrate, false)
                .compose(applied -> {
                    pool = new DrainingPool(MySQLBuilder.pool().with(options.database().poolOptions())
                            .connectingTo(options.database().connectOptions()).using(vertx).build());
                    redis = Redis.createClient(vertx, options.redis().clientOptions());
                    return options.seedDemo() ? new DemoSeeder(pool, options.demoPiles()).seedIfEmpty().mapEmpty()
                            : Future.succeededFuture();
                })
                .compose(v -> registerConsumers())
                .onSuccess(v -> LOG.info("core started [database: {}, redis: {}, seedDemo: {}, commandTimeoutSeconds: {}]",
                        options.database(), options.redis(), options.seedDemo(), options.commandTimeoutSeconds()))
                .onFailure(err -> {
                    LOG.error("core did not start [database: {}]: {}", options.database(), err.getMessage());
                    closeClients();
                });
    }

    private Future<Void> registerConsumers() {
        EventBus bus = vertx.eventBus();
        Clock clock = Clock.systemUTC();
        piles = new PileModule(vertx, pool, clock);
        consumers.addAll(piles.register());
        consumers.add(new PileTariffConsumer(pool).register(bus));
        consumers.add(new PileCommandRouter(bus, new RedisPileLocator(redis), options.commandTimeoutSeconds()).register());
        consumers.addAll(new IdentityModule(vertx, pool, redis, config()).register());
        consumers.addAll(new AdminModule(vertx, pool, redis).register());
        OrderModule orders = new OrderModule(vertx, redis, config(), clock);
        consumers.addAll(orders.register(piles.processed()));
        List<Future<Void>> registered = new ArrayList<>();
        for (MessageConsumer<?> c : consumers) {
            registered.add(c.completion());
        }
        drain = new ShutdownDrain(vertx, () -> pool.inFlight() + orders.inFlight());
        drain.watch(consumers.stream().map(MessageConsumer::address).toList());
        return Future.all(registered).onSuccess(v -> {
            for (MessageConsumer<?> c : consumers) {
                LOG.info("core consumer registered [address: {}]", c.address());
            }
        }).mapEmpty();
    }

    /** Malformed pile events dropped so far by this instance (0 before start). */
    public long malformedEventCount() {
        return piles == null ? 0 : piles.malformedEventCount();
    }

    /**
     * Drains, then closes: unregisters the consumers (no new requests), waits up to
     * {@code core.drainSeconds} for the requests they are still answering and for the database work
     * in flight, and only then closes the database and Redis clients.
     */
    @Override
    public Future<?> stop() {
        List<Future<Void>> unregistered = new ArrayList<>();
        for (MessageConsumer<?> c : consumers) {
            unregistered.add(c.unregister());
        }
        consumers.clear();
        long started = System.nanoTime();
        Future<Boolean> drained = drain == null ? Future.succeededFuture(true)
                : Future.join(unregistered).transform(ar -> drain.drained(Duration.ofSeconds(options.drainSeconds())));
        return drained.compose(clean -> closeClients().map(clean))
                .onComplete(ar -> {
                    if (drain != null) {
                        drain.close();
                    }
                    LOG.info("core stopped [drained: {}, millis: {}]", ar.succeeded() && ar.result(),
                            (System.nanoTime() - started) / 1_000_000);
                });
    }

    private Future<Void> closeClients() {
        List<Future<Void>> closed = new ArrayList<>();
        if (pool != null) {
            closed.add(pool.close());
            pool = null;
        }
        if (redis != null) {
            closed.add(redis.close());
            redis = null;
        }
        return Future.join(closed).mapEmpty();
    }
}
