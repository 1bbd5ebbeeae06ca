package io.chargeway.edge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.edge.testing.EdgeTestBed;
import io.chargeway.edge.testing.RawPile;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.HeartbeatResponse;
import io.vertx.core.json.JsonObject;

/**
 * Bad input on a logged-in connection (reference 1, architecture rule 5): dropped, counted,
 * resynchronised on the next 0x68; a connection sending more than the limit (5 here) of damaged
 * frames within the window is closed and reported offline with reason GARBAGE.
 */
class BadFramesIT {

    private static EdgeTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_bad_frames", new JsonObject().put("badFrameLimit", 5).put("badFrameWindowSeconds", 60), 10);
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @Test
    void garbageAndABadCrcAreDroppedAndCountedAndTheNextHeartbeatIsStillAnswered() throws Exception {
        SimulatedPile pile = bed.pile(5);
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);
        double garbage = bed.metric("ykc_bad_frames_total{reason=\"GARBAGE\"}");
        double badCrc = bed.metric("ykc_bad_frames_total{reason=\"BAD_CRC\"}");

        pile.misbehave().garbage(40).await(5, SECONDS);
        pile.misbehave().badCrcFrame().await(5, SECONDS);
        int answered = pile.framesReceived(FrameType.HEARTBEAT_RESPONSE);
        pile.await(p -> p.framesReceived(FrameType.HEARTBEAT_RESPONSE) >= answered + 2, Duration.ofSeconds(10)).await(15, SECONDS);

        assertThat(pile.isLoggedIn()).isTrue();
        assertThat(bed.metric("ykc_bad_frames_total{reason=\"GARBAGE\"}")).isGreaterThan(garbage);
        assertThat(bed.metric("ykc_bad_frames_total{reason=\"BAD_CRC\"}")).isEqualTo(badCrc + 1);
        assertThat(bed.events("pile.offline", EdgeTestBed.demoPile(5))).isEmpty();
        pile.stop().await(5, SECONDS);
    }

    @Test
    void floodOfDamagedFramesPastTheLimitClosesTheConnectionAsGarbage() throws Exception {
        String pileNo = EdgeTestBed.demoPile(6);
        try (RawPile raw = bed.raw()) {
            assertThat(raw.login(pileNo, 2).accepted()).isTrue();
            byte[] damaged = FrameEncoder.encode(9, new Heartbeat(PileNo.parse(pileNo), 1, false), CrcOrder.LOW_FIRST);
            damaged[damaged.length - 1] ^= 0x5A;
            byte[] flood = new byte[damaged.length * 10];
            for (int i = 0; i < 10; i++) {
                System.arraycopy(damaged, 0, flood, i * damaged.length, damaged.length);
            }
            raw.sendBytes(flood);

            assertThat(raw.awaitClosed(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(bed.awaitEvent("pile.offline", pileNo, e -> true).getString("reason")).isEqualTo("GARBAGE");
        assertThat(bed.metric("edge_disconnects_total{reason=\"GARBAGE\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void unknownTypeEncryptedAndPlatformDirectionFramesAreCountedButNotFatal() throws Exception {
        String pileNo = EdgeTestBed.demoPile(7);
        byte[] pileBcd = HexFormat.of().parseHex(pileNo);
        double unknown = bed.metric("ykc_bad_frames_total{reason=\"UNKNOWN_TYPE\"}");
        double encrypted = bed.metric("ykc_bad_frames_total{reason=\"ENCRYPTED\"}");
        double wrongDirection = bed.metric("ykc_frames_ignored_total{reason=\"wrong_direction\"}");
        try (RawPile raw = bed.raw()) {
            assertThat(raw.login(pileNo, 1).accepted()).isTrue();

            raw.sendBytes(RawPile.frame(20, 0x00, 0x07, pileBcd));
            raw.sendBytes(RawPile.frame(21, 0x01, 0x03, new byte[9]));
            raw.send(new HeartbeatResponse(PileNo.parse(pileNo), 1, 0));
            for (int i = 0; i < 6; i++) {
                raw.sendBytes(RawPile.frame(30 + i, 0x00, 0x0B, pileBcd));
            }
            int seq = raw.send(new Heartbeat(PileNo.parse(pileNo), 1, false));

            RawPile.Received answer = raw.awaitReceived(FrameType.HEARTBEAT_RESPONSE, Duration.ofSeconds(5));
            assertThat(answer.sequence()).isEqualTo(seq);
            assertThat(raw.isClosed()).as("foreign frames never close the connection").isFalse();
        }
        assertThat(bed.metric("ykc_bad_frames_total{reason=\"UNKNOWN_TYPE\"}")).isEqualTo(unknown + 7);
        assertThat(bed.metric("ykc_bad_frames_total{reason=\"ENCRYPTED\"}")).isEqualTo(encrypted + 1);
        assertThat(bed.metric("ykc_frames_ignored_total{reason=\"wrong_direction\"}")).isEqualTo(wrongDirection + 1);
    }

    @Test
    void floodOfValidHeartbeatsIsAnsweredWithoutLosingTheConnection() throws Exception {
        SimulatedPile pile = bed.pile(8);
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);
        double before = bed.metric("ykc_frames_in_total{type=\"0x03\"}");

        pile.misbehave().flood(3_000).await(20, SECONDS);

        EdgeTestBed.eventually("flood received", () -> metric("ykc_frames_in_total{type=\"0x03\"}") >= before + 3_000);
        pile.await(p -> p.framesReceived(FrameType.HEARTBEAT_RESPONSE) >= 3_000, Duration.ofSeconds(15)).await(20, SECONDS);
        assertThat(pile.isLoggedIn()).isTrue();
        pile.stop().await(5, SECONDS);
    }

    private static double metric(String sample) {
        try {
            return bed.metric(sample);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
