package io.chargeway.sim;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chargeway.sim.testing.Eventually;
import io.chargeway.sim.testing.YkcTestServer;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.LoginRequest;
import io.chargeway.ykc.message.session.PileType;
import io.vertx.core.Vertx;

class SimulatedPileIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Vertx vertx;
    private YkcTestServer server;
    private int port;

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = new YkcTestServer(vertx);
        port = server.start().await(10, SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        server.close().await(10, SECONDS);
        vertx.close().await(10, SECONDS);
    }

    private SimulatedPile pile(PileIdentity identity, PileSettings settings) {
        return SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", port), identity, settings);
    }

    private static PileSettings.Builder fast() {
        return PileSettings.builder().heartbeatInterval(Duration.ofMillis(200)).backoff(new Backoff(100, 400, 0));
    }

    @Test
    void logsInWithItsIdentityAndSendsAHeartbeatPerGunEveryInterval() throws Exception {
        SimulatedPile pile = pile(PileIdentity.dc("32010600019001", 2), fast().build());
        pile.start();
        pile.awaitLoggedIn().await(10, SECONDS);

        List<LoginRequest> logins = server.received(pile.pileNo(), FrameType.LOGIN_REQUEST);
        assertThat(logins).singleElement().satisfies(login -> {
            assertThat(login.pileType()).isEqualTo(PileType.DC);
            assertThat(login.gunCount()).isEqualTo(2);
            assertThat(login.protocolVersionX10()).isEqualTo(0x10);
            assertThat(login.programVersion()).isEqualTo("V4.1.50");
        });
        Eventually.await(WAIT, "three heartbeat rounds", () -> server.count(pile.pileNo(), FrameType.HEARTBEAT) >= 6);
        List<Heartbeat> beats = server.received(pile.pileNo(), FrameType.HEARTBEAT);
        assertThat(beats.stream().filter(b -> b.gun() == 1).count()).isGreaterThanOrEqualTo(3);
        assertThat(beats.stream().filter(b -> b.gun() == 2).count()).isGreaterThanOrEqualTo(3);
        assertThat(pile.framesReceived(FrameType.HEARTBEAT_RESPONSE)).isGreaterThanOrEqualTo(4);
        assertThat(pile.stats().loginMicros().getTotalCount()).isEqualTo(1);
        pile.stop().await(5, SECONDS);
    }

    @Test
    void reconnectsAndLogsInAgainAfterTheServerClosesTheConnection() throws Exception {
        SimulatedPile pile = pile(PileIdentity.ac("32010600019007", 1), fast().build());
        pile.start();
        pile.awaitLoggedIn().await(10, SECONDS);

        server.disconnect(pile.pileNo());
        pile.await(p -> p.loginCount() == 2, WAIT).await(10, SECONDS);

        assertThat(pile.reconnectCount()).isEqualTo(1);
        assertThat(server.count(pile.pileNo(), FrameType.LOGIN_REQUEST)).isEqualTo(2);
        pile.stop().await(5, SECONDS);
    }

    @Test
    void refusedLoginsAreCountedAndRetriedWithGrowingBackoff() throws Exception {
        server.acceptLogins(login -> false);
        SimulatedPile pile = pile(PileIdentity.ac("32010600019008", 1), fast().build());
        pile.start();

        Eventually.await(WAIT, "four refused logins", () -> pile.loginFailureCount() >= 4);
        server.acceptLogins(login -> true);
        pile.awaitLoggedIn().await(10, SECONDS);

        List<Long> connects = server.connectTimes();
        assertThat(connects).hasSizeGreaterThanOrEqualTo(5);
        long gap1 = (connects.get(2) - connects.get(1)) / 1_000_000;
        long gap3 = (connects.get(4) - connects.get(3)) / 1_000_000;
        assertThat(gap1).as("second retry waits about 200 ms").isBetween(180L, 1_000L);
        assertThat(gap3).as("fourth retry waits the 400 ms maximum").isBetween(380L, 1_500L);
        assertThat(pile.reconnectCount()).isGreaterThanOrEqualTo(4);
        assertThat(pile.stats().loginFailures()).isEqualTo(pile.loginFailureCount());
        pile.stop().await(5, SECONDS);
    }

    @Test
    void dropsTheLinkAfterThreeUnansweredHeartbeatRounds() throws Exception {
        SimulatedPile pile = pile(PileIdentity.ac("32010600019009", 1), fast().build());
        pile.start();
        pile.awaitLoggedIn().await(10, SECONDS);
        server.answerHeartbeats(false);

        pile.await(p -> p.reconnectCount() >= 1, WAIT).await(10, SECONDS);

        assertThat(server.count(pile.pileNo(), FrameType.HEARTBEAT)).isGreaterThanOrEqualTo(3);
        pile.stop().await(5, SECONDS);
    }

    @Test
    void retriesWhenTheLoginIsNotAnsweredInTime() throws Exception {
        server.answerLogins(false);
        SimulatedPile pile = pile(PileIdentity.ac("32010600019010", 1), fast().loginTimeout(Duration.ofMillis(300)).build());
        pile.start();

        pile.await(p -> p.loginFailureCount() >= 2, WAIT).await(10, SECONDS);

        assertThat(pile.isLoggedIn()).isFalse();
        assertThat(server.count(pile.pileNo(), FrameType.LOGIN_REQUEST)).isGreaterThanOrEqualTo(2);
        pile.stop().await(5, SECONDS);
    }

    @Test
    void stoppedPileClosesItsConnectionAndDoesNotReconnect() throws Exception {
        SimulatedPile pile = pile(PileIdentity.ac("32010600019011", 1), fast().build());
        pile.start();
        pile.awaitLoggedIn().await(10, SECONDS);

        pile.stop().await(5, SECONDS);
        Eventually.await(WAIT, "the server to see the close", () -> server.openConnections() == 0);
        Thread.sleep(500);

        assertThat(pile.state()).isEqualTo(ConnectionState.STOPPED);
        assertThat(server.connectTimes()).hasSize(1);
    }
}
