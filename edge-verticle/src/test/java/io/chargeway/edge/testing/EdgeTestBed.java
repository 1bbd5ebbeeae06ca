package io.chargeway.edge.testing;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.json.BusJson;
import io.chargeway.core.CoreVerticle;
import io.chargeway.edge.EdgeVerticle;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.chargeway.sim.Backoff;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.PileTarget;
import io.chargeway.sim.SimulatedPile;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * One Vert.x with the real CoreVerticle (demo registry seeded on a fresh database of the shared
 * embedded MariaDB) and an EdgeVerticle, both on the shared embedded Redis, for one IT class.
 * It watches every event the edge sends to the core (a bus interceptor, so the core still gets
 * them all) and offers blocking helpers for the test thread.
 *
 * <p>Demo piles ({@code DemoRegistry}): 32010600019001..006 are DC with two guns, 007..010 AC with one.
 */
public final class EdgeTestBed implements AutoCloseable {

    /** A pile number the demo registry does not know. */
    public static final String UNKNOWN_PILE = "32010600099999";

    private static final Duration WAIT = Duration.ofSeconds(15);

    public final Vertx vertx;
    public final EdgeVerticle edge;
    public final Redis redis;
    public final Pool pool;
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final List<JsonObject> nodeStopping = new CopyOnWriteArrayList<>();
    private final List<JsonObject> feed = new CopyOnWriteArrayList<>();
    private final WebClient web;
    private final String coreDeployment;
    private final String edgeDeployment;
    private final String redisUri;

    private EdgeTestBed(Vertx vertx, EdgeVerticle edge, Redis redis, Pool pool, String coreDeployment, String edgeDeployment,
                        String redisUri) {
        this.vertx = vertx;
        this.edge = edge;
        this.redis = redis;
        this.pool = pool;
        this.coreDeployment = coreDeployment;
        this.edgeDeployment = edgeDeployment;
        this.redisUri = redisUri;
        this.web = WebClient.create(vertx);
    }

    /**
     * Starts core and edge.
     *
     * @param name          names the database and the edge node
     * @param edgeSettings  the {@code edge} config section overrides (ports are always 0)
     * @param coreTimeout   the core's command routing timeout (longer than the edge's command timeout)
     */
    public static EdgeTestBed start(String name, JsonObject edgeSettings, int coreTimeout) throws Exception {
        return start(name, edgeSettings, coreTimeout, 10);
    }

    /**
     * Starts core and edge with {@code demoPiles} piles in the demo registry (numbered and laid out
     * as the simulator's fleet: {@code PileLayout.standard()}).
     */
    public static EdgeTestBed start(String name, JsonObject edgeSettings, int coreTimeout, int demoPiles) throws Exception {
        JsonObject infra = SharedTestInfrastructure.configWithNewDatabase(name);
        Vertx vertx = Vertx.vertx();
        Redis redis = Redis.createClient(vertx, infra.getJsonObject("redis").getString("connectionString"));
        redis.send(Request.cmd(Command.FLUSHALL)).await(10, SECONDS);
        EdgeTestBed[] self = new EdgeTestBed[1];
        vertx.eventBus().addOutboundInterceptor(ctx -> {
            if (Addresses.CORE_PILE_EVENTS.equals(ctx.message().address()) && ctx.body() instanceof JsonObject json) {
                self[0].events.add(json.copy());
            } else if (Addresses.CORE_EDGE_NODE_STOPPING.equals(ctx.message().address()) && ctx.body() instanceof JsonObject json) {
                self[0].nodeStopping.add(json.copy());
            }
            ctx.next();
        });
        vertx.eventBus().<JsonObject>consumer(Addresses.FEED_PILE_EVENTS, m -> self[0].feed.add(m.body())).completion()
                .await(10, SECONDS);
        JsonObject coreConfig = infra.copy().put("core", new JsonObject().put("seedDemo", true).put("demoPiles", demoPiles)
                .put("commandTimeoutSeconds", coreTimeout));
        String core = vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(coreConfig)).await(60, SECONDS);
        EdgeVerticle edge = new EdgeVerticle();
        String edgeDeployment = deployEdge(vertx, edge, edgeSettings, infra.getJsonObject("redis").getString("connectionString"),
                "edge-" + name);
        JsonObject db = infra.getJsonObject("database");
        Pool pool = MySQLBuilder.pool().connectingTo(new MySQLConnectOptions().setHost(db.getString("host"))
                .setPort(db.getInteger("port")).setDatabase(db.getString("database")).setUser(db.getString("user"))
                .setPassword(db.getString("password", ""))).using(vertx).build();
        self[0] = new EdgeTestBed(vertx, edge, redis, pool, core, edgeDeployment,
                infra.getJsonObject("redis").getString("connectionString"));
        return self[0];
    }

    /**
     * Deploys another edge node in this Vert.x (its own node id and ports).
     *
     * @param redisUri the Redis it writes presence to (may name a port nobody listens on)
     */
    public EdgeVerticle deployEdge(String nodeId, JsonObject edgeSettings, String redisUri) throws Exception {
        EdgeVerticle other = new EdgeVerticle();
        deployEdge(vertx, other, edgeSettings, redisUri, nodeId);
        return other;
    }

    private static String deployEdge(Vertx vertx, EdgeVerticle edge, JsonObject edgeSettings, String redisUri, String nodeId)
            throws Exception {
        JsonObject edgeConfig = new JsonObject().put("redis", new JsonObject().put("connectionString", redisUri))
                .put("edge", edgeSettings.copy().put("nodeId", nodeId).put("host", "127.0.0.1").put("port", 0)
                        .put("http", new JsonObject().put("host", "127.0.0.1").put("port", 0)));
        return vertx.deployVerticle(edge, new DeploymentOptions().setConfig(edgeConfig)).await(30, SECONDS);
    }

    /** The shared Redis the core and the main edge use. */
    public String redisUri() {
        return redisUri;
    }

    /** Undeploys the main edge node (its stop() takes its piles offline). */
    public void stopEdge() throws Exception {
        vertx.undeploy(edgeDeployment).await(30, SECONDS);
    }

    /** Undeploys the core: from now on nobody answers the edge's requests (core unreachable). */
    public void stopCore() throws Exception {
        vertx.undeploy(coreDeployment).await(30, SECONDS);
    }

    /** The number of demo pile {@code index} (1..10). */
    public static String demoPile(int index) {
        return String.format("32010600019%03d", index);
    }

    /** A simulated demo pile with quick timings, not started. */
    public SimulatedPile pile(int index) {
        return pile(index, fast().build());
    }

    /** A simulated demo pile with the given settings, not started. */
    public SimulatedPile pile(int index, PileSettings settings) {
        PileIdentity identity = index <= 6 ? PileIdentity.dc(demoPile(index), 2) : PileIdentity.ac(demoPile(index), 1);
        return SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", edge.pilePort()), identity, settings);
    }

    /** Simulator settings with a 1 s heartbeat and a quick reconnect. */
    public static PileSettings.Builder fast() {
        return PileSettings.builder().heartbeatInterval(Duration.ofSeconds(1)).backoff(new Backoff(200, 1000, 0));
    }

    /** A hand-driven pile connected to the edge. */
    public RawPile raw() throws Exception {
        return RawPile.connect(vertx, edge.pilePort());
    }

    // ---- events ------------------------------------------------------------------------------

    /** The events of {@code type} (e.g. {@code pile.offline}) the edge sent for {@code pileNo} so far. */
    public List<JsonObject> events(String type, String pileNo) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject e : events) {
            if (type.equals(e.getString("type")) && pileNo.equals(e.getString("pileNo"))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Waits for an event of {@code type} for {@code pileNo} matching {@code condition}. */
    public JsonObject awaitEvent(String type, String pileNo, Predicate<JsonObject> condition) throws Exception {
        JsonObject[] found = new JsonObject[1];
        eventually("event " + type + " of pile " + pileNo, () -> {
            for (JsonObject e : events(type, pileNo)) {
                if (condition.test(e)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The events of {@code type} the core published on its feed for {@code pileNo} so far. */
    public List<JsonObject> feedEvents(String type, String pileNo) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject e : feed) {
            if (type.equals(e.getString("type")) && (pileNo == null || pileNo.equals(e.getString("pileNo")))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every {@code edge.node-stopping} request an edge sent so far. */
    public List<JsonObject> nodeStoppingRequests() {
        return List.copyOf(nodeStopping);
    }

    /** Forgets the events, feed events and requests seen so far. */
    public void forgetEvents() {
        events.clear();
        nodeStopping.clear();
        feed.clear();
    }

    // ---- commands ----------------------------------------------------------------------------

    /** Sends a command through the core and answers the CommandResult JSON. */
    public JsonObject command(PileCommand command) throws Exception {
        return vertx.eventBus().<JsonObject>request(Addresses.CORE_PILE_COMMAND, BusJson.toJson(command),
                new DeliveryOptions().setSendTimeout(30_000).addHeader("correlationId", "it-" + System.nanoTime()))
                .await(30, SECONDS).body();
    }

    /** Sends a command through the core that must fail, and answers the failure. */
    public ReplyException commandFailure(PileCommand command) throws Exception {
        Future<Object> result = vertx.eventBus().request(Addresses.CORE_PILE_COMMAND, BusJson.toJson(command),
                new DeliveryOptions().setSendTimeout(30_000)).map(m -> (Object) m.body());
        Throwable failure = result.transform(ar -> Future.succeededFuture(ar.failed() ? ar.cause() : null)).await(30, SECONDS);
        if (!(failure instanceof ReplyException re)) {
            throw new AssertionError("expected the command to fail, got " + result.result());
        }
        return re;
    }

    // ---- Redis, database, metrics ------------------------------------------------------------

    /** The lease of a pile: the node id, or null. */
    public String lease(String pileNo) throws Exception {
        Response r = redis.send(Request.cmd(Command.GET).arg(RedisKeys.pileNode(pileNo))).await(10, SECONDS);
        return r == null ? null : r.toString();
    }

    /** A Redis hash as a map (empty if absent). */
    public Map<String, String> hash(String key) throws Exception {
        Response r = redis.send(Request.cmd(Command.HGETALL).arg(key)).await(10, SECONDS);
        Map<String, String> out = new java.util.TreeMap<>();
        if (r != null) {
            for (String k : r.getKeys()) {
                out.put(k, r.get(k).toString());
            }
        }
        return out;
    }

    /** The TTL of a key in seconds (-2 absent, -1 none). */
    public long ttl(String key) throws Exception {
        return redis.send(Request.cmd(Command.TTL).arg(key)).await(10, SECONDS).toLong();
    }

    /** A count query. */
    public long count(String sql, Object... params) throws Exception {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await(10, SECONDS).iterator().next().getLong(0);
    }

    /** The Prometheus text from the edge's {@code /metrics} route. */
    public String metrics() throws Exception {
        return web.get(edge.httpPort(), "127.0.0.1", "/metrics").send().await(10, SECONDS).bodyAsString();
    }

    /** The value of one sample line of {@code /metrics}, e.g. {@code ykc_bad_frames_total{reason="BAD_CRC"}}; 0 if absent. */
    public double metric(String sample) throws Exception {
        for (String line : metrics().split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Double.parseDouble(line.substring(sample.length() + 1).trim());
            }
        }
        return 0;
    }

    /** GET on the edge's operations port: status code and body. */
    public io.vertx.ext.web.client.HttpResponse<io.vertx.core.buffer.Buffer> http(String path) throws Exception {
        return web.get(edge.httpPort(), "127.0.0.1", path).send().await(10, SECONDS);
    }

    /** Polls {@code condition} until it holds, for at most 15 s. */
    public static void eventually(String what, BooleanSupplier condition) throws Exception {
        eventually(what, WAIT, condition);
    }

    /** Polls {@code condition} until it holds, for at most {@code timeout}. */
    public static void eventually(String what, Duration timeout, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("not within " + timeout + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws Exception {
        vertx.close().await(30, SECONDS);
    }
}
