package io.chargeway.sim;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chargeway.sim.testing.Eventually;
import io.chargeway.sim.testing.YkcTestServer;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.frame.RejectReason;
import io.vertx.core.Vertx;

/** Every misbehaviour produces the bytes it promises, as the platform's decoder sees them. */
class MisbehaviourIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private Vertx vertx;
    private YkcTestServer server;
    private SimulatedPile pile;

    @BeforeEach
    void startPile() throws Exception {
        vertx = Vertx.vertx();
        server = new YkcTestServer(vertx);
        int port = server.start().await(10, SECONDS);
        pile = SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", port), PileIdentity.dc("32010600019001", 2),
                PileSettings.builder().heartbeatInterval(Duration.ofSeconds(60)).backoff(new Backoff(100, 400, 0)).build());
        pile.start();
        pile.awaitLoggedIn().await(10, SECONDS);
        server.clear();
    }

    @AfterEach
    void stop() throws Exception {
        pile.stop().await(5, SECONDS);
        server.close().await(10, SECONDS);
        vertx.close().await(10, SECONDS);
    }

    private int heartbeats() {
        return server.count(pile.pileNo(), FrameType.HEARTBEAT);
    }

    @Test
    void garbageArrivesAsGarbageWithoutAStartByte() throws Exception {
        pile.misbehave().garbage(40).await(5, SECONDS);
        pile.misbehave().flood(1).await(5, SECONDS);

        Eventually.await(WAIT, "the frame after the garbage", () -> heartbeats() == 1);
        assertThat(server.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.GARBAGE);
            assertThat(r.bytes()).hasSize(40);
        });
    }

    @Test
    void badCrcFrameIsRejectedForItsCrc() throws Exception {
        pile.misbehave().badCrcFrame().await(5, SECONDS);

        Eventually.await(WAIT, "a rejection", () -> !server.rejections().isEmpty());
        assertThat(server.rejections()).extracting(FrameRejection::reason).first().isEqualTo(RejectReason.BAD_CRC);
        assertThat(heartbeats()).isZero();
    }

    @Test
    void halfFrameIsHeldByTheDecoderThenCompletedAfterThePause() throws Exception {
        pile.misbehave().halfFrame(Duration.ofMillis(500)).await(5, SECONDS);

        Eventually.await(WAIT, "the first half buffered", () -> buffered() > 0);
        assertThat(heartbeats()).isZero();
        Eventually.await(WAIT, "the completed frame", () -> heartbeats() == 1);
        assertThat(server.rejections()).isEmpty();
        assertThat(buffered()).isZero();
    }

    @Test
    void halfFrameNeverCompletedStaysBufferedAndDecodesNothing() throws Exception {
        pile.misbehave().halfFrameNeverCompleted().await(5, SECONDS);

        Eventually.await(WAIT, "the first half buffered", () -> buffered() > 0);
        Thread.sleep(300);
        assertThat(buffered()).isBetween(1, 8);
        assertThat(heartbeats()).isZero();
        assertThat(server.rejections()).isEmpty();
    }

    private int buffered() {
        YkcTestServer.Connection c = server.connection(pile.pileNo());
        return c == null ? -1 : c.buffered();
    }

    @Test
    void floodWritesEveryFrameAndTheServerDecodesThemAll() throws Exception {
        pile.misbehave().flood(5_000).await(10, SECONDS);

        Eventually.await(WAIT, "5000 heartbeats", () -> heartbeats() == 5_000);
        assertThat(server.rejections()).isEmpty();
        assertThat(pile.stats().framesSent()).isGreaterThanOrEqualTo(5_000);
    }

    @Test
    void crcHighByteFirstIsDecodedAsTheSwappedOrder() throws Exception {
        pile.misbehave().crcHighByteFirst(true).await(5, SECONDS);
        pile.misbehave().flood(3).await(5, SECONDS);

        Eventually.await(WAIT, "3 heartbeats", () -> heartbeats() == 3);
        assertThat(server.frames(pile.pileNo(), FrameType.HEARTBEAT)).extracting(YkcTestServer.Received::crcOrder)
                .containsOnly(CrcOrder.HIGH_FIRST);
    }

    @Test
    void silentPileKeepsTheSocketButSendsNoHeartbeats() throws Exception {
        SimulatedPile chatty = SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", server.port()),
                PileIdentity.ac("32010600019007", 1),
                PileSettings.builder().heartbeatInterval(Duration.ofMillis(100)).heartbeatMissLimit(0).build());
        chatty.start();
        chatty.awaitLoggedIn().await(10, SECONDS);
        chatty.misbehave().silent(true).await(5, SECONDS);
        int before = server.count(chatty.pileNo(), FrameType.HEARTBEAT);

        Thread.sleep(600);

        assertThat(server.count(chatty.pileNo(), FrameType.HEARTBEAT)).isLessThanOrEqualTo(before + 1);
        assertThat(chatty.isLoggedIn()).isTrue();
        assertThat(server.connection(chatty.pileNo())).isNotNull();
        chatty.misbehave().silent(false).await(5, SECONDS);
        int resumed = server.count(chatty.pileNo(), FrameType.HEARTBEAT);
        Eventually.await(WAIT, "heartbeats again", () -> server.count(chatty.pileNo(), FrameType.HEARTBEAT) > resumed + 2);
        chatty.stop().await(5, SECONDS);
    }

    @Test
    void silentUntilReconnectLogsInNormallyOnTheNextConnection() throws Exception {
        pile.misbehave().silentUntilReconnect().await(5, SECONDS);
        server.disconnect(pile.pileNo());

        pile.await(p -> p.loginCount() == 2, WAIT).await(10, SECONDS);
        pile.misbehave().flood(1).await(5, SECONDS);

        Eventually.await(WAIT, "a heartbeat after the reconnect", () -> heartbeats() == 1);
    }
}
