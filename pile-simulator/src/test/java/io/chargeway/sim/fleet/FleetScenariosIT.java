package io.chargeway.sim.fleet;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chargeway.sim.GunStatus;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.PileTarget;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.sim.testing.Eventually;
import io.chargeway.sim.testing.YkcTestServer;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.charging.PileStartConfirm;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.vertx.core.Vertx;

/** Each scenario makes a small fleet do what its description promises. */
class FleetScenariosIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private Vertx vertx;
    private YkcTestServer server;
    private SimulatorFleet fleet;

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = new YkcTestServer(vertx);
        server.start().await(10, SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        if (fleet != null) {
            fleet.stop().await(10, SECONDS);
        }
        server.close().await(10, SECONDS);
        vertx.close().await(10, SECONDS);
    }

    private SimulatorFleet start(int piles, Scenario scenario, PileSettings settings) throws Exception {
        fleet = SimulatorFleet.start(vertx, FleetOptions.builder("127.0.0.1", server.port(), piles).scenario(scenario)
                .settings(settings).shards(2).build()).await(10, SECONDS);
        fleet.awaitLoggedIn(piles, WAIT).await(20, SECONDS);
        return fleet;
    }

    private static PileSettings.Builder fast() {
        return PileSettings.builder().heartbeatInterval(Duration.ofMillis(200)).liveChargingInterval(Duration.ofMillis(200))
                .observe(false);
    }

    @Test
    void busyScenarioChargesGunOneOfEveryTenthPileAndSendsLiveAndBmsData() throws Exception {
        start(20, Scenario.BUSY, fast().build());

        Eventually.await(WAIT, "two charging guns", () -> fleet.stats().charging() == 2);
        assertThat(fleet.pile(1).gun(1).status()).isEqualTo(GunStatus.CHARGING);
        assertThat(fleet.pile(11).gun(1).status()).isEqualTo(GunStatus.CHARGING);
        assertThat(fleet.pile(2).gun(1).status()).isEqualTo(GunStatus.IDLE);
        Eventually.await(WAIT, "BMS data from pile 11", () -> server.count(fleet.pile(11).pileNo(), FrameType.BMS_DEMAND) >= 2
                && server.count(fleet.pile(11).pileNo(), FrameType.BMS_INFO) >= 2);
        assertThat(server.count(fleet.pile(11).pileNo(), FrameType.REALTIME_DATA)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void garbageScenarioMixesBrokenBytesIntoGoodTraffic() throws Exception {
        start(5, Scenario.GARBAGE, fast().build());

        Eventually.await(WAIT, "rejections of several kinds", () -> server.rejections().stream().map(r -> r.reason()).distinct()
                .count() >= 2);
        assertThat(server.rejections()).extracting(r -> r.reason()).contains(RejectReason.BAD_CRC);
        assertThat(fleet.stats().inState(io.chargeway.sim.ConnectionState.LOGGED_IN)).isEqualTo(5);
    }

    @Test
    void silentScenarioLogsInThenSendsNothingOnThatConnection() throws Exception {
        start(3, Scenario.SILENT, fast().heartbeatMissLimit(0).build());
        int before = server.count(fleet.pile(1).pileNo(), FrameType.HEARTBEAT);

        Thread.sleep(800);

        assertThat(server.count(fleet.pile(1).pileNo(), FrameType.HEARTBEAT)).isEqualTo(before);
        assertThat(server.openConnections()).isEqualTo(3);
    }

    @Test
    void cardSwipesStartCardSessionsAndStopThemAtThePile() throws Exception {
        AtomicInteger counter = new AtomicInteger();
        server.confirmRecords(true).autoAnswer(FrameType.PILE_START_REQUEST, (p, m) -> new PileStartConfirm(
                TradeSerial.of(p, ((PileStartRequest) m).gun(), LocalDateTime.now(), counter.incrementAndGet()), p,
                ((PileStartRequest) m).gun(), LogicalCardNo.NONE, 10_000, true, 0));
        SimulatedPile pile = SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", server.port()), PileIdentity.dc("32010600019001", 2),
                fast().build());
        pile.script(new CardSwipes(200, 400, 50, FleetOptions.DEFAULT_DEMO_CARD));
        pile.start();

        Eventually.await(WAIT, "two card sessions recorded", () -> server.count(pile.pileNo(), FrameType.TRANSACTION_RECORD) >= 2);
        assertThat(server.<TransactionRecord>received(pile.pileNo(), FrameType.TRANSACTION_RECORD))
                .allSatisfy(r -> assertThat(r.stopReason().code()).isEqualTo(0x45))
                .allSatisfy(r -> assertThat(r.physicalCardNo()).isEqualTo(FleetOptions.DEFAULT_DEMO_CARD));
        pile.stop().await(5, SECONDS);
    }
}
