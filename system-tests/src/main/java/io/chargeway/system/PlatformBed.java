package io.chargeway.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.MemberView;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.RegisterMember;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.core.CoreVerticle;
import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.pile.NewPile;
import io.chargeway.core.pile.PileRepository;
import io.chargeway.core.redis.RedisOptions;
import io.chargeway.edge.EdgeVerticle;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.fleet.PileLayout;
import io.chargeway.ykc.message.session.PileType;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * The platform as the {@code all} role runs it, minus the web: the core and one edge node in one
 * Vert.x on a local event bus, on a MariaDB and a Redis named by the configuration (embedded ones
 * for tests and the benchmark), the core seeding the demo operator. Simulated piles connect to
 * {@link #pilePort()}. Blocking helpers: call them from a test or main thread, never an event loop.
 */
public final class PlatformBed implements AutoCloseable {

    /** The demo operator's tenant id. */
    public static final long TENANT = 1;
    private static final Duration WAIT = Duration.ofSeconds(60);

    public final Vertx vertx;
    public final Pool pool;
    public final Redis redis;
    private final JsonObject coreConfig;
    private final EdgeVerticle edge;
    private String coreDeployment;

    private PlatformBed(Vertx vertx, JsonObject coreConfig, EdgeVerticle edge, String coreDeployment) {
        this.vertx = vertx;
        this.coreConfig = coreConfig;
        this.edge = edge;
        this.coreDeployment = coreDeployment;
        this.pool = MySQLBuilder.pool().connectingTo(DatabaseOptions.fromJson(coreConfig).connectOptions()).using(vertx).build();
        this.redis = Redis.createClient(vertx, RedisOptions.fromJson(coreConfig).clientOptions());
    }

    /**
     * Deploys core and edge.
     *
     * @param infra  {@code {"database": {...}, "redis": {...}}}
     * @param orders the core's {@code orders} section
     * @param edge   the edge's {@code edge} section (host, ports and node id are set here)
     * @param coreCommandTimeoutSeconds the core's command routing timeout (longer than the edge's command timeout)
     */
    public static PlatformBed start(Vertx vertx, JsonObject infra, JsonObject orders, JsonObject edge,
                                    int coreCommandTimeoutSeconds) {
        JsonObject coreConfig = infra.copy()
                .put("core", new JsonObject().put("seedDemo", true).put("commandTimeoutSeconds", coreCommandTimeoutSeconds))
                .put("orders", orders);
        String core = await(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(coreConfig)));
        EdgeVerticle edgeVerticle = new EdgeVerticle();
        JsonObject edgeConfig = new JsonObject().put("redis", infra.getJsonObject("redis"))
                .put("edge", edge.copy().put("nodeId", "edge-" + UUID.randomUUID().toString().substring(0, 8))
                        .put("host", "127.0.0.1").put("port", 0)
                        .put("http", new JsonObject().put("host", "127.0.0.1").put("port", 0)));
        await(vertx.deployVerticle(edgeVerticle, new DeploymentOptions().setConfig(edgeConfig)));
        return new PlatformBed(vertx, coreConfig, edgeVerticle, core);
    }

    /** The port piles connect to. */
    public int pilePort() {
        return edge.pilePort();
    }

    /** Waits until the edge has written the pile's lease (the core routes commands by it). */
    public void awaitOnline(String pileNo) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (await(redis.send(Request.cmd(Command.EXISTS).arg(RedisKeys.pileNode(pileNo)))).toInteger() == 0) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("pile " + pileNo + " has no lease after " + WAIT);
            }
            sleep(20);
        }
    }

    /** Stops the core as a crash would look to the edge: its consumers vanish, its pool closes mid-transaction. */
    public void stopCore() {
        await(vertx.undeploy(coreDeployment));
        coreDeployment = null;
    }

    /** Starts the core again on the same database and Redis. */
    public void startCore() {
        coreDeployment = await(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(coreConfig)));
    }

    /**
     * Registers piles 11..{@code count} of the simulator's fleet layout at the demo station
     * (the demo seed registers 1..10), so that a fleet of {@code count} piles can log in.
     */
    public void registerFleet(int count) {
        PileLayout layout = PileLayout.standard();
        long station = count("SELECT id FROM stations WHERE tenant_id = ? ORDER BY id LIMIT 1", TENANT);
        PileRepository piles = new PileRepository(pool);
        List<Future<Long>> inserted = new ArrayList<>();
        for (int i = 11; i <= count; i++) {
            PileIdentity id = layout.identity(i);
            String pileNo = id.pileNo().toString();
            boolean dc = id.pileType() == PileType.DC;
            int power = dc ? 120_000 : 7_000;
            List<NewPile.NewGun> guns = new ArrayList<>();
            for (int g = 1; g <= id.gunCount(); g++) {
                guns.add(new NewPile.NewGun(g, pileNo + String.format("%02d", g), dc ? 4 : 3, power));
            }
            inserted.add(piles.insert(new NewPile(TENANT, station, pileNo, pileNo, dc, power, null, guns)));
            if (inserted.size() == 50) {
                await(Future.all(inserted));
                inserted.clear();
            }
        }
        await(Future.all(inserted));
    }

    /** Registers a member with a fresh phone number and credits {@code cashFen}. */
    public long member(long cashFen) {
        String phone = "1" + String.format("%010d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000_000L));
        MemberView m = BusJson.fromJson(request(OrderAddresses.MEMBERS_REGISTER, new RegisterMember(TENANT, phone, "")),
                MemberView.class);
        if (cashFen > 0) {
            request(OrderAddresses.WALLET_ADJUST, new WalletAdjustment(TENANT, m.memberId(), "CASH", cashFen, "initial top-up",
                    "bed", UUID.randomUUID().toString()));
        }
        return m.memberId();
    }

    /** Sends a request and answers the reply body, waiting at most a minute. */
    public JsonObject request(String address, Object body) {
        return await(vertx.eventBus().<JsonObject>request(address, BusJson.toJson(body),
                new DeliveryOptions().setSendTimeout(WAIT.toMillis()))).body();
    }

    /** The first column of the first row of a query, as a long. */
    public long count(String sql, Object... params) {
        return row(sql, params).getLong(0);
    }

    /** The first row of a query. */
    public Row row(String sql, Object... params) {
        return await(pool.preparedQuery(sql).execute(Tuple.from(params))).iterator().next();
    }

    /** Runs a statement. */
    public void sql(String sql, Object... params) {
        await(pool.preparedQuery(sql).execute(Tuple.from(params)));
    }

    /** The value of a Future, waiting at most a minute; its failure is rethrown. */
    public static <T> T await(Future<T> future) {
        return await(future, WAIT);
    }

    /** The value of a Future, waiting at most {@code wait}; its failure is rethrown. */
    public static <T> T await(Future<T> future, Duration wait) {
        try {
            return future.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no result within " + wait, e);
        }
    }

    /** Closes the checks' clients (the verticles go with their Vert.x). */
    @Override
    public void close() {
        await(pool.close());
        await(redis.close());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
