package io.chargeway.edge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.RedisKeys;
import io.chargeway.edge.testing.EdgeTestBed;
import io.chargeway.edge.testing.RawPile;
import io.chargeway.sim.Backoff;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.vertx.core.json.JsonObject;

/**
 * Liveness (reference 14.2) and reconnects, with a 2 s heartbeat and login timeout and a 6 s
 * lease so that the sweep's timeouts and renewals show within seconds.
 */
class PileLivenessIT {

    private static EdgeTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_liveness", new JsonObject().put("heartbeatTimeoutSeconds", 2).put("loginTimeoutSeconds", 2)
                .put("leaseSeconds", 6), 10);
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @Test
    void silentPileIsClosedReportedOfflineAndItsLeaseReleasedAndGunsMarkedOffline() throws Exception {
        String pileNo = EdgeTestBed.demoPile(3);
        SimulatedPile pile = bed.pile(3);
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);
        EdgeTestBed.eventually("lease taken", () -> bed.edge.nodeId().equals(lease(pileNo)));

        pile.misbehave().silent(true).await(5, SECONDS);

        JsonObject offline = bed.awaitEvent("pile.offline", pileNo, e -> true);
        assertThat(offline.getString("reason")).isEqualTo("HEARTBEAT_TIMEOUT");
        assertThat(offline.getString("nodeId")).isEqualTo(bed.edge.nodeId());
        EdgeTestBed.eventually("lease released", () -> lease(pileNo) == null);
        assertThat(bed.hash(RedisKeys.pileOnline(pileNo))).isEmpty();
        assertThat(bed.hash(RedisKeys.gunState(pileNo, 1))).containsEntry("status", "OFFLINE");
        assertThat(bed.hash(RedisKeys.gunState(pileNo, 2))).containsEntry("status", "OFFLINE");
        assertThat(bed.metric("edge_disconnects_total{reason=\"HEARTBEAT_TIMEOUT\"}")).isGreaterThanOrEqualTo(1);
        pile.stop().await(5, SECONDS);
    }

    @Test
    void connectionThatNeverLogsInIsClosedAfterTheLoginTimeout() throws Exception {
        try (RawPile raw = bed.raw()) {
            assertThat(raw.awaitClosed(Duration.ofSeconds(6))).isTrue();
        }
        assertThat(bed.metric("edge_disconnects_total{reason=\"LOGIN_TIMEOUT\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void reconnectReplacesTheLingeringOldSessionWhichLeavesTheNewOnesLeaseAndReportsNoOffline() throws Exception {
        String pileNo = EdgeTestBed.demoPile(4);
        Backoff noRetrySoon = new Backoff(60_000, 60_000, 0);
        SimulatedPile old = bed.pile(4, EdgeTestBed.fast().backoff(noRetrySoon).build());
        old.start();
        old.awaitLoggedIn().await(15, SECONDS);
        EdgeTestBed.eventually("old lease", () -> bed.edge.nodeId().equals(lease(pileNo)));
        String oldConnection = bed.hash(RedisKeys.pileOnline(pileNo)).get("connectionId");

        SimulatedPile fresh = bed.pile(4, EdgeTestBed.fast().backoff(noRetrySoon).build());
        fresh.start();
        fresh.awaitLoggedIn().await(15, SECONDS);
        old.await(p -> !p.isLoggedIn(), Duration.ofSeconds(10)).await(15, SECONDS);
        EdgeTestBed.eventually("online hash names the new connection",
                () -> !oldConnection.equals(hashUnchecked(RedisKeys.pileOnline(pileNo)).get("connectionId")));

        int answered = fresh.framesReceived(FrameType.HEARTBEAT_RESPONSE);
        Thread.sleep(7_000);
        assertThat(fresh.isLoggedIn()).as("the new connection keeps working past heartbeat timeout and lease").isTrue();
        assertThat(fresh.framesReceived(FrameType.HEARTBEAT_RESPONSE)).isGreaterThan(answered + 4);
        assertThat(bed.lease(pileNo)).as("lease renewed, not deleted by the old session").isEqualTo(bed.edge.nodeId());
        assertThat(bed.ttl(RedisKeys.pileNode(pileNo))).isBetween(1L, 6L);
        assertThat(bed.events("pile.offline", pileNo)).as("replacing is not going offline").isEmpty();
        assertThat(bed.metric("edge_disconnects_total{reason=\"REPLACED\"}")).isGreaterThanOrEqualTo(1);

        fresh.stop().await(5, SECONDS);
        old.stop().await(5, SECONDS);
        assertThat(bed.awaitEvent("pile.offline", pileNo, e -> true).getString("reason")).isEqualTo("CLOSED_BY_PILE");
    }

    private static String lease(String pileNo) {
        try {
            return bed.lease(pileNo);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Map<String, String> hashUnchecked(String key) {
        try {
            return bed.hash(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
