package io.chargeway.core.admin;

import java.time.Clock;
import java.util.List;

import io.chargeway.contract.web.WebAddresses;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.sqlclient.Pool;

/**
 * The web-facing registry features: tenant, station, pile and gun administration on
 * {@link WebAddresses#ADMIN}, and station search for drivers on {@link WebAddresses#STATIONS}
 * (its index loads in the background; until then searches find nothing). One line in the core
 * verticle starts it.
 */
public final class AdminModule {

    private final Vertx vertx;
    private final Pool pool;
    private final Redis redis;

    /** The module over the core's clients. */
    public AdminModule(Vertx vertx, Pool pool, Redis redis) {
        this.vertx = vertx;
        this.pool = pool;
        this.redis = redis;
    }

    /** Registers the consumers (their {@code completion()} says when they are registered). */
    public List<MessageConsumer<?>> register() {
        Clock clock = Clock.systemUTC();
        RedisAPI api = RedisAPI.api(redis);
        WebActions admin = new WebActions();
        new TenantAdmin(pool, clock).register(admin);
        new StationAdmin(pool, vertx.eventBus(), clock).register(admin);
        PileAdmin piles = new PileAdmin(pool, vertx.eventBus(), clock);
        piles.register(admin);
        new PileLiveState(piles, api).register(admin);
        WebActions stations = new WebActions();
        new StationSearch(vertx, new StationIndex(pool, api, clock)).start(stations);
        return List.of(admin.register(vertx.eventBus(), WebAddresses.ADMIN), stations.register(vertx.eventBus(), WebAddresses.STATIONS));
    }
}
