package io.chargeway.edge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.chargeway.contract.RedisKeys;
import io.chargeway.edge.testing.EdgeTestBed;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.PileTarget;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.vertx.core.json.JsonObject;

/** The node as a whole: Redis going away does not take piles down; stopping the node takes them offline cleanly. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLifecycleIT {

    private static EdgeTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_node", new JsonObject(), 10);
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @Test
    @Order(1)
    void pilesLogInAndAreAnsweredWhileRedisIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        EdgeVerticle noRedis = bed.deployEdge("edge-no-redis", new JsonObject(), "redis://127.0.0.1:" + closedPort);
        SimulatedPile pile = SimulatedPile.create(bed.vertx, PileTarget.of("127.0.0.1", noRedis.pilePort()),
                PileIdentity.ac(EdgeTestBed.demoPile(10), 1), EdgeTestBed.fast().build());
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);

        pile.await(p -> p.framesReceived(FrameType.HEARTBEAT_RESPONSE) >= 3, Duration.ofSeconds(10)).await(15, SECONDS);
        assertThat(pile.isLoggedIn()).isTrue();
        assertThat(noRedis.metrics().scrape()).contains("edge_redis_errors_total{operation=\"acquire\"}");
        pile.stop().await(5, SECONDS);
    }

    @Test
    @Order(2)
    void pileThatMovedToAnotherNodeIsNeitherReleasedNorReportedOfflineByTheOldOne() throws Exception {
        String pileNo = EdgeTestBed.demoPile(8);
        EdgeVerticle other = bed.deployEdge("edge-other", new JsonObject(), bed.redisUri());
        SimulatedPile here = bed.pile(8);
        here.start();
        here.awaitLoggedIn().await(15, SECONDS);
        EdgeTestBed.eventually("lease here", () -> bed.edge.nodeId().equals(lease(pileNo)));

        SimulatedPile there = SimulatedPile.create(bed.vertx, PileTarget.of("127.0.0.1", other.pilePort()),
                PileIdentity.ac(pileNo, 1), EdgeTestBed.fast().build());
        there.start();
        there.awaitLoggedIn().await(15, SECONDS);
        EdgeTestBed.eventually("lease moved", () -> "edge-other".equals(lease(pileNo)));
        here.stop().await(5, SECONDS);
        EdgeTestBed.eventually("old connection closed", () -> metric("edge_disconnects_total{reason=\"CLOSED_BY_PILE\"}") >= 1);
        Thread.sleep(500);

        assertThat(bed.lease(pileNo)).isEqualTo("edge-other");
        assertThat(bed.hash(RedisKeys.pileOnline(pileNo))).containsEntry("nodeId", "edge-other");
        assertThat(bed.events("pile.offline", pileNo)).as("the pile is online on the other node").isEmpty();
        there.stop().await(5, SECONDS);
        assertThat(bed.awaitEvent("pile.offline", pileNo, e -> true).getString("nodeId")).isEqualTo("edge-other");
    }

    @Test
    @Order(3)
    void stoppingTheNodeReportsItsPilesOfflineAndReleasesTheirLeases() throws Exception {
        String pileNo = EdgeTestBed.demoPile(5);
        SimulatedPile pile = bed.pile(5);
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);
        EdgeTestBed.eventually("lease", () -> bed.edge.nodeId().equals(lease(pileNo)));

        bed.stopEdge();

        assertThat(bed.nodeStoppingRequests()).hasSize(1);
        assertThat(bed.events("pile.offline", pileNo)).as("reported in the one node-stopping request instead").isEmpty();
        EdgeTestBed.eventually("offline on the feed", () -> !bed.feedEvents("pile.offline", pileNo).isEmpty());
        assertThat(bed.feedEvents("pile.offline", pileNo).get(0).getString("reason")).isEqualTo("NODE_STOPPING");
        assertThat(bed.lease(pileNo)).isNull();
        assertThat(bed.hash(RedisKeys.pileOnline(pileNo))).isEmpty();
        assertThat(bed.hash(RedisKeys.gunState(pileNo, 1))).containsEntry("status", "OFFLINE");
        pile.stop().await(5, SECONDS);
    }

    private static double metric(String sample) {
        try {
            return bed.metric(sample);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lease(String pileNo) {
        try {
            return bed.lease(pileNo);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
