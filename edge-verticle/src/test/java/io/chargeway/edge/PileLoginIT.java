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
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.maintenance.TimeSync;
import io.chargeway.ykc.message.session.LoginResponse;
import io.vertx.core.json.JsonObject;

/** Login against the core's registry (reference 5.1/5.2, 14.1) with real core, Redis and sockets. */
class PileLoginIT {

    private static EdgeTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_login", new JsonObject(), 10);
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @Test
    void registeredPileLogsInGetsItsLeaseOnlineHashTimeSyncAndShowsInTheMetrics() throws Exception {
        String pileNo = EdgeTestBed.demoPile(1);
        SimulatedPile pile = bed.pile(1);
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);

        pile.await(p -> p.framesReceived(FrameType.TIME_SYNC) >= 1, Duration.ofSeconds(10)).await(15, SECONDS);
        TimeSync sync = (TimeSync) pile.lastFramesReceived().await(5, SECONDS).stream()
                .filter(m -> m.frameType() == FrameType.TIME_SYNC).findFirst().orElseThrow();
        EdgeTestBed.eventually("lease written", () -> nodeOf(pileNo) != null);
        JsonObject online = bed.awaitEvent("pile.online", pileNo, e -> true);

        assertThat(sync.pileNo().toString()).isEqualTo(pileNo);
        assertThat(bed.lease(pileNo)).isEqualTo(bed.edge.nodeId());
        assertThat(bed.ttl(RedisKeys.pileNode(pileNo))).isBetween(1L, 60L);
        assertThat(bed.hash(RedisKeys.pileOnline(pileNo))).containsEntry("nodeId", bed.edge.nodeId())
                .containsEntry("gunCount", "2").containsEntry("protocolVersion", "V1.6").containsKeys("since", "tenantId",
                        "stationId", "remoteAddress", "connectionId");
        assertThat(bed.ttl(RedisKeys.pileOnline(pileNo))).isBetween(1L, 60L);
        assertThat(online.getLong("tenantId")).isPositive();
        assertThat(online.getString("nodeId")).isEqualTo(bed.edge.nodeId());
        assertThat(bed.metric("edge_logins_total{result=\"accepted\"}")).isGreaterThanOrEqualTo(1);
        assertThat(bed.metric("edge_piles_logged_in")).isGreaterThanOrEqualTo(1);
        assertThat(bed.metric("ykc_frames_out_total{type=\"0x02\"}")).isGreaterThanOrEqualTo(1);
        pile.await(p -> p.framesReceived(FrameType.HEARTBEAT_RESPONSE) >= 2, Duration.ofSeconds(10)).await(15, SECONDS);
        pile.await(p -> p.billingModel().billingModelNo().value() == 1, Duration.ofSeconds(10)).await(15, SECONDS);
        assertThat(pile.framesReceived(FrameType.BILLING_MODEL_CHECK_RESPONSE)).as("0x05 answered: different model").isEqualTo(1);
        assertThat(pile.framesReceived(FrameType.BILLING_MODEL_RESPONSE)).as("0x09 answered with the core's model").isEqualTo(1);
        pile.stop().await(10, SECONDS);
        bed.awaitEvent("pile.offline", pileNo, e -> "CLOSED_BY_PILE".equals(e.getString("reason")));
        EdgeTestBed.eventually("lease released", () -> nodeOf(pileNo) == null);
    }

    @Test
    void unknownPileIsAnsweredWithLoginFailureAndClosed() throws Exception {
        double refusedBefore = bed.metric("edge_logins_total{result=\"refused\"}");
        try (RawPile raw = bed.raw()) {
            LoginResponse response = raw.login(EdgeTestBed.UNKNOWN_PILE, 1);

            assertThat(response.accepted()).isFalse();
            assertThat(raw.awaitClosed(Duration.ofSeconds(5))).as("closed after the refusal").isTrue();
        }
        assertThat(bed.metric("edge_logins_total{result=\"refused\"}")).isEqualTo(refusedBefore + 1);
        assertThat(bed.lease(EdgeTestBed.UNKNOWN_PILE)).isNull();
        assertThat(bed.events("pile.online", EdgeTestBed.UNKNOWN_PILE)).isEmpty();
    }

    @Test
    void framesBeforeLoginAreIgnoredAndCountedAndARepeatedLoginIsAnsweredAgain() throws Exception {
        double ignoredBefore = bed.metric("ykc_frames_ignored_total{reason=\"before_login\"}");
        try (RawPile raw = bed.raw()) {
            raw.send(new io.chargeway.ykc.message.session.Heartbeat(io.chargeway.ykc.field.PileNo.parse(EdgeTestBed.demoPile(2)), 1,
                    false));
            EdgeTestBed.eventually("heartbeat before login counted",
                    () -> metricUnchecked("ykc_frames_ignored_total{reason=\"before_login\"}") == ignoredBefore + 1);
            assertThat(raw.count(FrameType.HEARTBEAT_RESPONSE)).as("no answer before login").isZero();

            assertThat(raw.login(EdgeTestBed.demoPile(2), 2).accepted()).isTrue();
            assertThat(raw.login(EdgeTestBed.demoPile(2), 2).accepted()).as("repeated login answered again").isTrue();
        }
    }

    @Test
    void healthIsLiveAndReadyWithPileServerRedisAndCoreUp() throws Exception {
        var ready = bed.http("/health/ready");
        var live = bed.http("/health/live");
        var both = bed.http("/health");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.bodyAsJsonObject().getString("outcome")).isEqualTo("UP");
        assertThat(ready.bodyAsString()).contains("pile-server", "redis", "core");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(both.bodyAsString()).contains("live", "ready");
        assertThat(bed.http("/metrics").getHeader("Content-Type")).startsWith("text/plain");
    }

    private static String nodeOf(String pileNo) {
        try {
            return bed.lease(pileNo);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double metricUnchecked(String sample) {
        try {
            return bed.metric(sample);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
