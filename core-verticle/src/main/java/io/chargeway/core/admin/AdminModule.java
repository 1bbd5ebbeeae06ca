package io.chargeway.core.admin;

import java.time.Clock;
import java.util.List;

import io.chargeway.contract.web.WebAddresses;
import io.chargeway.core.alarm.AlarmAdmin;
import io.chargeway.core.alarm.AlarmRecorder;
import io.chargeway.core.fault.FaultReportAdmin;
import io.chargeway.core.fault.FaultReports;
import io.chargeway.core.favourite.FavouriteStations;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.sqlclient.Pool;

/**
 * The web-facing registry features: tenant, station, pile, gun, tariff, member, alarm and fault
 * report administration on {@link WebAddresses#ADMIN}, station search for drivers on
 * {@link WebAddresses#STATIONS} (its index loads in the background; until then searches find
 * nothing), the driver's favourites and fault reports on {@link WebAddresses#DRIVER}, and the
 * alarm recorder following this node's pile events. One line in the core verticle starts it.
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
        new TariffAdmin(pool, clock).register(admin);
        new MemberAdmin(pool, clock).register(admin);
        new AlarmAdmin(pool, clock).register(admin);
        new FaultReportAdmin(pool, clock).register(admin);
        new StationScope(pool).register(admin);
        OrderPeriods periods = new OrderPeriods(pool);
        periods.register(admin);
        WebActions stations = new WebActions();
        StationSearch search = new StationSearch(vertx, new StationIndex(pool, api, clock));
        search.start(stations);
        WebActions driver = new WebActions();
        new FavouriteStations(pool, search, clock).register(driver);
        new FaultReports(pool, clock).register(driver);
        periods.register(driver);
        return List.of(admin.register(vertx.eventBus(), WebAddresses.ADMIN), stations.register(vertx.eventBus(), WebAddresses.STATIONS),
                driver.register(vertx.eventBus(), WebAddresses.DRIVER), new AlarmRecorder(pool, clock).subscribe(vertx.eventBus()));
    }
}
