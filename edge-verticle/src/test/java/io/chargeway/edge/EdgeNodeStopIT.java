package io.chargeway.edge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.RedisKeys;
import io.chargeway.edge.testing.EdgeTestBed;
import io.chargeway.sim.fleet.FleetOptions;
import io.chargeway.sim.fleet.SimulatorFleet;
import io.vertx.core.json.JsonObject;

/**
 * A stopping edge node takes its piles offline in the core with one request (one registry
 * statement), not one bus message and one database write per pile; the core still feeds a
 * per-pile offline event to its subscribers.
 */
class EdgeNodeStopIT {

    private static final int PILES = 300;

    private static EdgeTestBed bed;
    private static SimulatorFleet fleet;

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_stop", new JsonObject(), 10, PILES);
        fleet = SimulatorFleet.start(bed.vertx, FleetOptions.builder("127.0.0.1", bed.edge.pilePort(), PILES).ramp(1000)
                .settings(EdgeTestBed.fast().heartbeatInterval(Duration.ofSeconds(5)).build()).build()).await(30, SECONDS);
        fleet.awaitLoggedIn(PILES, Duration.ofSeconds(60)).await(70, SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        fleet.stop().await(30, SECONDS);
        bed.close();
    }

    @Test
    void stoppingAnEdgeWithItsPilesLoggedInClearsTheirOnlineStateInTheCoreWithOneRequest() throws Exception {
        String node = bed.edge.nodeId();
        String first = fleet.pile(1).pileNo().toString();
        EdgeTestBed.eventually("every pile online at the node in the registry",
                () -> count("SELECT COUNT(*) FROM piles WHERE online_node = ?", node) == PILES);
        bed.forgetEvents();

        bed.stopEdge();

        assertThat(bed.nodeStoppingRequests()).hasSize(1);
        JsonObject request = bed.nodeStoppingRequests().get(0);
        assertThat(request.getString("type")).isEqualTo("edge.node-stopping");
        assertThat(request.getString("nodeId")).isEqualTo(node);
        assertThat(request.getInteger("count")).isEqualTo(PILES);
        assertThat(bed.events("pile.offline", first)).as("no per-pile offline event from the edge").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM piles WHERE online_node = ?", node)).isZero();
        assertThat(count("SELECT COUNT(*) FROM piles WHERE online_node IS NULL AND last_seen_at IS NOT NULL")).isEqualTo(PILES);
        EdgeTestBed.eventually("an offline event per pile on the feed", () -> bed.feedEvents("pile.offline", null).size() == PILES);
        JsonObject offline = bed.feedEvents("pile.offline", first).get(0);
        assertThat(offline.getString("reason")).isEqualTo("NODE_STOPPING");
        assertThat(offline.getString("nodeId")).isEqualTo(node);
        assertThat(offline.getLong("tenantId")).isPositive();
        assertThat(bed.lease(first)).isNull();
        assertThat(bed.hash(RedisKeys.pileOnline(first))).isEmpty();
    }

    private static long count(String sql, Object... params) {
        try {
            return bed.count(sql, params);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
