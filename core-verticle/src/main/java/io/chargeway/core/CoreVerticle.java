package io.chargeway.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.core.admin.AdminModule;
import io.chargeway.core.db.SchemaMigrations;
import io.chargeway.core.demo.DemoSeeder;
import io.chargeway.core.identity.IdentityModule;
import io.chargeway.core.order.OrderModule;
import io.chargeway.core.pile.PileCommandRouter;
import io.chargeway.core.pile.PileEventConsumer;
import io.chargeway.core.pile.PileLoginConsumer;
import io.chargeway.core.redis.RedisPileLocator;
import io.chargeway.core.tariff.PileTariffConsumer;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.redis.client.Redis;
import io.vertx.sqlclient.Pool;
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
    private Pool pool;
    private Redis redis;
    private PileEventConsumer events;

    @Override
    public Future<?> start() {
        options = CoreOptions.fromJson(config());
        SchemaMigrations migrations = new SchemaMigrations(options.database());
        // Flyway is JDBC and blocks; it runs once, before the core accepts any traffic, on a worker thread.
        return vertx.executeBlocking(migrations::migrate, false)
                .compose(applied -> {
                    pool = MySQLBuilder.pool().with(options.database().poolOptions())
                            .connectingTo(options.database().connectOptions()).using(vertx).build();
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
        events = new PileEventConsumer(bus, pool, clock);
        consumers.add(new PileLoginConsumer(pool, clock).register(bus));
        consumers.add(new PileTariffConsumer(pool).register(bus));
        consumers.add(events.register());
        consumers.add(new PileCommandRouter(bus, new RedisPileLocator(redis), options.commandTimeoutSeconds()).register());
        consumers.addAll(new IdentityModule(vertx, pool, redis, config()).register());
        consumers.addAll(new AdminModule(vertx, pool, redis).register());
        consumers.addAll(new OrderModule(vertx, redis, config(), clock).register());
        List<Future<Void>> registered = new ArrayList<>();
        for (MessageConsumer<?> c : consumers) {
            registered.add(c.completion());
        }
        return Future.all(registered).onSuccess(v -> {
            for (MessageConsumer<?> c : consumers) {
                LOG.info("core consumer registered [address: {}]", c.address());
            }
        }).mapEmpty();
    }

    /** Malformed pile events dropped so far by this instance (0 before start). */
    public long malformedEventCount() {
        return events == null ? 0 : events.malformedCount();
    }

    @Override
    public Future<?> stop() {
        List<Future<Void>> unregistered = new ArrayList<>();
        for (MessageConsumer<?> c : consumers) {
            unregistered.add(c.unregister());
        }
        consumers.clear();
        return Future.join(unregistered).eventually(this::closeClients)
                .onComplete(ar -> LOG.info("core stopped"));
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
