package io.chargeway.edge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.command.ReadLiveData;
import io.chargeway.contract.command.Reboot;
import io.chargeway.contract.command.StopCharging;
import io.chargeway.contract.command.SyncClock;
import io.chargeway.edge.testing.EdgeTestBed;
import io.chargeway.sim.SimulatedPile;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;

/**
 * Commands sent to {@code CORE_PILE_COMMAND}: the core routes them to this edge by the Redis
 * lease, the edge sends the frame and answers with the pile's reply or fails with a clear code.
 * The edge waits 2 s for a reply, the core 6 s for the edge.
 */
class PileCommandIT {

    private static EdgeTestBed bed;
    private static SimulatedPile pile;
    private static final String PILE = EdgeTestBed.demoPile(9);

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_commands", new JsonObject().put("commandTimeoutSeconds", 2), 6);
        pile = bed.pile(9);
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);
        EdgeTestBed.eventually("lease", () -> bed.edge.nodeId().equals(leaseOf(PILE)));
    }

    @AfterAll
    static void stop() throws Exception {
        pile.stop().await(5, SECONDS);
        bed.close();
    }

    @Test
    void readLiveDataReachesThePileAndAnswersWithItsRealtimeFrame() throws Exception {
        JsonObject result = bed.command(new ReadLiveData(PILE, 1));

        assertThat(result.getString("pileNo")).isEqualTo(PILE);
        assertThat(result.getString("command")).isEqualTo("command.read-live-data");
        assertThat(result.getBoolean("success")).isTrue();
        assertThat(result.getString("correlationId")).startsWith("it-");
        assertThat(result.getLong("roundTripMillis")).isNotNegative();
        assertThat(result.getJsonObject("reply").getInteger("gun")).isEqualTo(1);
        assertThat(result.getJsonObject("reply").getString("gunState")).isEqualTo("IDLE");
        assertThat(bed.metric("edge_command_round_trip_seconds_count{command=\"command.read-live-data\",outcome=\"replied\"}"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void clockSyncAndStopAreAnsweredWithThePilesOwnResult() throws Exception {
        JsonObject clock = bed.command(new SyncClock(PILE, Instant.now()));
        JsonObject stop = bed.command(new StopCharging(PILE, 1));

        assertThat(clock.getBoolean("success")).isTrue();
        assertThat(clock.getJsonObject("reply").getString("pileTime")).isNotBlank();
        assertThat(stop.getBoolean("success")).as("the idle gun refuses the stop").isFalse();
        assertThat(stop.getString("reason")).isEqualTo("gun not charging");
    }

    @Test
    void pileThatIgnoresCommandsMakesTheCommandFailWithCommandTimeout() throws Exception {
        pile.misbehave().ignoreCommands(true).await(5, SECONDS);
        try {
            ReplyException failure = bed.commandFailure(new Reboot(PILE, true));

            assertThat(failure.failureCode()).isEqualTo(ErrorCode.COMMAND_TIMEOUT.busCode());
            assertThat(failure.getMessage()).contains(PILE, "0x91", "2000 ms", "correlation");
        } finally {
            pile.misbehave().ignoreCommands(false).await(5, SECONDS);
        }
        assertThat(pile.isLoggedIn()).as("a silent answer does not cost the connection").isTrue();
    }

    @Test
    void commandForAPileNotConnectedFailsPileOffline() throws Exception {
        ReplyException failure = bed.commandFailure(new ReadLiveData(EdgeTestBed.demoPile(10), 1));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.PILE_OFFLINE.busCode());
    }

    @Test
    void invalidCommandFailsBadRequestNamingTheField() throws Exception {
        ReplyException failure = bed.commandFailure(new StopCharging(PILE, 100));

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.BAD_REQUEST.busCode());
        assertThat(failure.getMessage()).contains("gun");
    }

    private static String leaseOf(String pileNo) {
        try {
            return bed.lease(pileNo);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
