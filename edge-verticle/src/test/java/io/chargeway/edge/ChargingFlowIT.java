package io.chargeway.edge;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.command.StartCharging;
import io.chargeway.contract.command.StopCharging;
import io.chargeway.edge.testing.EdgeTestBed;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.vertx.core.json.JsonObject;

/**
 * A whole remote charging session through the edge (reference 14.3): start command, live data
 * and BMS events while charging, stop command, transaction record stored and confirmed; and a card
 * start at the pile with a card the platform does not know.
 */
class ChargingFlowIT {

    private static EdgeTestBed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = EdgeTestBed.start("edge_charging", new JsonObject().put("commandTimeoutSeconds", 3), 10);
    }

    @AfterAll
    static void stop() throws Exception {
        bed.close();
    }

    @Test
    void remoteSessionIsStartedReportedLiveStoppedAndBilledOnce() throws Exception {
        String pileNo = EdgeTestBed.demoPile(1);
        SimulatedPile pile = bed.pile(1, EdgeTestBed.fast().liveChargingInterval(Duration.ofMillis(500)).build());
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);
        String serial = TradeSerial.of(PileNo.parse(pileNo), 1, LocalDateTime.now(), 1).toString();

        JsonObject started = bed.command(new StartCharging(pileNo, 1, serial, "1000000000000001", "0", 50_000));
        JsonObject sample = bed.awaitEvent("pile.live-sample", pileNo,
                e -> "CHARGING".equals(e.getString("status")) && e.getLong("energyDeciWh") > 0);
        bed.awaitEvent("pile.gun-status", pileNo, e -> "CHARGING".equals(e.getString("status")));
        bed.awaitEvent("pile.bms", pileNo, e -> "DEMAND".equals(e.getString("stage")));
        EdgeTestBed.eventually("charging gun state flushed to Redis", () -> serial.equals(gunHash(pileNo).get("tradeSerial")));
        assertThat(bed.hash(RedisKeys.gunState(pileNo, 1))).containsEntry("status", "CHARGING").containsKeys("energyDeciWh",
                "updatedAt", "outputDeciVolts");
        JsonObject stopped = bed.command(new StopCharging(pileNo, 1));
        pile.await(p -> p.framesReceived(FrameType.TRANSACTION_CONFIRM) >= 1, Duration.ofSeconds(10)).await(15, SECONDS);

        assertThat(started.getBoolean("success")).isTrue();
        assertThat(started.getJsonObject("reply").getString("tradeSerial")).isEqualTo(serial);
        assertThat(sample.getString("tradeSerial")).isEqualTo(serial);
        assertThat(stopped.getBoolean("success")).isTrue();
        assertThat(bed.count("SELECT COUNT(*) FROM transaction_records WHERE trade_serial = ?", serial)).isEqualTo(1);
        assertThat(pile.pendingRecords().await(5, SECONDS)).as("the pile got its 0x40").isEmpty();
        pile.stop().await(5, SECONDS);
    }

    /** The core authorises starts at the pile (0x31); a card no member holds gets 0x32 "account does not exist". */
    @Test
    void aCardNoMemberHoldsIsRefusedAndThePileStaysOnline() throws Exception {
        SimulatedPile pile = bed.pile(7);
        pile.start();
        pile.awaitLoggedIn().await(15, SECONDS);

        Throwable refused = pile.gun(1).swipeCard(PhysicalCardNo.parse("D14B0A54"))
                .transform(ar -> io.vertx.core.Future.succeededFuture(ar.cause())).await(15, SECONDS);

        assertThat(refused).as("no 0x32 success for an unknown card").isNotNull();
        assertThat(refused.getMessage()).contains("0x01");
        assertThat(pile.isLoggedIn()).isTrue();
        pile.stop().await(5, SECONDS);
    }

    private static java.util.Map<String, String> gunHash(String pileNo) {
        try {
            return bed.hash(RedisKeys.gunState(pileNo, 1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
