package io.chargeway.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.command.CommandResult;
import io.chargeway.contract.command.SyncClock;
import io.chargeway.contract.json.BusJson;
import io.chargeway.core.CoreVerticle;
import io.chargeway.edge.EdgeVerticle;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.PileTarget;
import io.chargeway.sim.SimulatedPile;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * Edge and core as two clustered Vert.x instances (Hazelcast on loopback), as in production:
 * a pile logs in on the edge node (the login question crosses the cluster to the core), and a
 * command issued on the core node reaches the pile through the edge that holds it and comes
 * back with the pile's answer. Nothing may assume one JVM for this to pass.
 */
class ClusteredRolesIT {

    private static final String PILE = "32010600019001";
    private static Vertx coreNode;
    private static Vertx edgeNode;
    private static SimulatedPile pile;
    private static int edgePort;

    @BeforeAll
    static void startTwoClusteredNodes() throws Exception {
        String clusterName = "chargeway-it-" + UUID.randomUUID();
        JsonObject infra = SharedTestInfrastructure.configWithNewDatabase("clustered");
        edgePort = freePort();
        JsonObject config = infra.copy()
                .put("core", new JsonObject().put("seedDemo", true).put("commandTimeoutSeconds", 15))
                .put("edge", new JsonObject().put("nodeId", "edge-it").put("host", "127.0.0.1").put("port", edgePort)
                        .put("http", new JsonObject().put("host", "127.0.0.1").put("port", freePort())));
        coreNode = await(clustered(clusterName));
        edgeNode = await(clustered(clusterName));
        await(coreNode.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config)));
        await(edgeNode.deployVerticle(new EdgeVerticle(), new DeploymentOptions().setConfig(config)));
        pile = SimulatedPile.create(edgeNode, PileTarget.of("127.0.0.1", edgePort), PileIdentity.dc(PILE, 2),
                PileSettings.defaults());
        await(pile.start());
    }

    @AfterAll
    static void stop() throws Exception {
        if (pile != null) {
            await(pile.stop());
        }
        if (edgeNode != null) {
            await(edgeNode.close());
        }
        if (coreNode != null) {
            await(coreNode.close());
        }
    }

    @Test
    void aPileLogsInOnTheEdgeNodeAgainstTheCoreNodeAndACommandFromTheCoreReachesIt() throws Exception {
        await(pile.awaitLoggedIn());

        RedisAPI redis = RedisAPI.api(Redis.createClient(coreNode,
                SharedTestInfrastructure.get().redis().connectionString()));
        assertThat(leaseOf(redis, PILE)).isEqualTo("edge-it");

        Instant time = Instant.parse("2026-11-22T08:00:00Z");
        JsonObject reply = await(coreNode.eventBus().<JsonObject>request(Addresses.CORE_PILE_COMMAND,
                BusJson.toJson(new SyncClock(PILE, time)))).body();
        CommandResult result = BusJson.fromJson(reply, CommandResult.class);

        assertThat(result.success()).isTrue();
        assertThat(result.pileNo()).isEqualTo(PILE);
        assertThat(result.command()).isEqualTo("command.sync-clock");
        assertThat(result.reply()).containsKey("pileTime");
    }

    /** The lease is written right after the login answer; give it a moment. */
    private static String leaseOf(RedisAPI redis, String pileNo) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            io.vertx.redis.client.Response lease = await(redis.get(RedisKeys.pileNode(pileNo)));
            if (lease != null) {
                return lease.toString();
            }
            Thread.sleep(100);
        }
        return null;
    }

    private static Future<Vertx> clustered(String clusterName) {
        Config hazelcast = new Config().setClusterName(clusterName);
        hazelcast.setProperty("hazelcast.phone.home.enabled", "false");
        hazelcast.setProperty("hazelcast.logging.type", "slf4j");
        hazelcast.setProperty("hazelcast.wait.seconds.before.join", "0");
        hazelcast.getNetworkConfig().setPort(5801).setPortCount(6).setPortAutoIncrement(true).getInterfaces().setEnabled(true)
                .addInterface("127.0.0.1");
        JoinConfig join = hazelcast.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (int port = 5801; port <= 5806; port++) {
            join.getTcpIpConfig().addMember("127.0.0.1:" + port);
        }
        VertxOptions options = new VertxOptions();
        options.getEventBusOptions().setHost("127.0.0.1");
        return Vertx.builder().with(options).withClusterManager(new HazelcastClusterManager(hazelcast)).buildClustered();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }
}
