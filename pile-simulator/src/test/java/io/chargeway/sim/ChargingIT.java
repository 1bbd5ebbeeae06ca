package io.chargeway.sim;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chargeway.sim.metering.DemoTariff;
import io.chargeway.sim.testing.Eventually;
import io.chargeway.sim.testing.YkcTestServer;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.bms.BmsChargeEnd;
import io.chargeway.ykc.message.charging.RemoteStart;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.RemoteStop;
import io.chargeway.ykc.message.charging.RemoteStopReply;
import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.charging.TransactionTrigger;
import io.chargeway.ykc.message.live.GunState;
import io.chargeway.ykc.message.live.RealtimeData;
import io.vertx.core.Vertx;

/** Remote start and stop against the in-test server: the frames, the record, its re-sending. */
class ChargingIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Vertx vertx;
    private YkcTestServer server;
    private SimulatedPile pile;

    @BeforeEach
    void startServer() throws Exception {
        vertx = Vertx.vertx();
        server = new YkcTestServer(vertx);
        server.start().await(10, SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        if (pile != null) {
            pile.stop().await(5, SECONDS);
        }
        server.close().await(10, SECONDS);
        vertx.close().await(10, SECONDS);
    }

    private SimulatedPile start(PileIdentity identity, PileSettings settings) throws Exception {
        pile = SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", server.port()), identity, settings);
        pile.start();
        pile.awaitLoggedIn().await(10, SECONDS);
        return pile;
    }

    private static PileSettings.Builder fast() {
        return PileSettings.builder().heartbeatInterval(Duration.ofSeconds(60)).liveChargingInterval(Duration.ofMillis(200))
                .backoff(new Backoff(50, 200, 0));
    }

    /** A clock whose "now" is today at {@code hh:mm:ss.SSS} local time, running from there. */
    private static Clock clockAt(int hour, int minute, int second, int millis) {
        LocalDateTime target = LocalDate.now(ZONE).atTime(hour, minute, second, millis * 1_000_000);
        Clock system = Clock.system(ZONE);
        return Clock.offset(system, Duration.between(LocalDateTime.now(system), target));
    }

    private static TradeSerial serial(SimulatedPile p, int gun) {
        return TradeSerial.of(p.pileNo(), gun, LocalDateTime.now(ZONE), 1);
    }

    private <M extends YkcMessage> M awaitOne(FrameType type) {
        Eventually.await(WAIT, type.hex(), () -> server.count(pile.pileNo(), type) >= 1);
        List<M> list = server.received(pile.pileNo(), type);
        return list.get(list.size() - 1);
    }

    @Test
    void remoteStartAndStopProduceTheDcFrameSequenceAndARecordSplitAtTheHalfHour() throws Exception {
        start(PileIdentity.dc("32010600019001", 2), fast().clock(clockAt(11, 29, 59, 0)).build());
        TradeSerial serial = serial(pile, 1);
        int startSeq = server.send(pile.pileNo(), new RemoteStart(serial, pile.pileNo(), 1, LogicalCardNo.parse("1000000000000001"),
                PhysicalCardNo.parse("D14B0A54"), 100_000));

        pile.await(p -> p.gun(1).status() == GunStatus.CHARGING, WAIT).await(10, SECONDS);
        RemoteStartReply started = awaitOne(FrameType.REMOTE_START_REPLY);
        assertThat(started).isEqualTo(new RemoteStartReply(serial, pile.pileNo(), 1, true, 0));
        assertThat(server.frames(pile.pileNo(), FrameType.REMOTE_START_REPLY).get(0).sequence()).isEqualTo(startSeq);
        awaitOne(FrameType.BMS_HANDSHAKE);
        awaitOne(FrameType.BMS_PARAMETERS);
        Eventually.await(WAIT, "live data while charging", () -> server.<RealtimeData>received(pile.pileNo(), FrameType.REALTIME_DATA)
                .stream().filter(r -> r.gunState() == GunState.CHARGING).count() >= 3);
        Eventually.await(WAIT, "BMS demand and info", () -> server.count(pile.pileNo(), FrameType.BMS_DEMAND) >= 2
                && server.count(pile.pileNo(), FrameType.BMS_INFO) >= 2);
        Thread.sleep(1_500);

        server.send(pile.pileNo(), new RemoteStop(pile.pileNo(), 1));
        TransactionRecord record = awaitOne(FrameType.TRANSACTION_RECORD);

        assertThat(this.<RemoteStopReply>awaitOne(FrameType.REMOTE_STOP_REPLY)).isEqualTo(new RemoteStopReply(pile.pileNo(), 1, true, 0));
        assertThat(this.<BmsChargeEnd>awaitOne(FrameType.BMS_CHARGE_END).tradeSerial()).isEqualTo(serial);
        assertThat(record.tradeSerial()).isEqualTo(serial);
        assertThat(record.stopReason().code()).isEqualTo(0x40);
        assertThat(record.trigger()).isEqualTo(TransactionTrigger.APP);
        assertThat(record.physicalCardNo()).isEqualTo(PhysicalCardNo.parse("D14B0A54"));
        assertThat(record.peak().energyDeciWh()).as("11:29:59-11:30 is peak").isPositive();
        assertThat(record.sharp().energyDeciWh()).as("from 11:30 sharp").isPositive();
        assertThat(record.flat().energyDeciWh()).isZero();
        assertThat(record.sharp().priceMilliFenPerKwh()).isEqualTo(200_000);
        assertThat(record.tiers().stream().mapToLong(TierRecord::energyDeciWh).sum()).isEqualTo(record.totalEnergyDeciWh());
        assertThat(record.tiers().stream().mapToLong(TierRecord::amountCentiFen).sum()).isEqualTo(record.totalAmountCentiFen());
        assertThat(record.meterEndDeciWh() - record.meterStartDeciWh()).isEqualTo(record.totalEnergyDeciWh());
        // 60 kW for about 3 s is about 500 x 0.0001 kWh
        assertThat(record.totalEnergyDeciWh()).isBetween(250L, 1_500L);
        pile.await(p -> p.gun(1).status() == GunStatus.IDLE, WAIT).await(10, SECONDS);
        assertThat(pile.gun(1).energyDeciWh()).isEqualTo(record.totalEnergyDeciWh());
        assertThat(pile.gun(1).amountCentiFen()).isEqualTo(record.totalAmountCentiFen());
        assertThat(pile.stats().charging()).isZero();
    }

    @Test
    void recordIsResentEveryIntervalUntilItsConfirmationThenNoMore() throws Exception {
        start(PileIdentity.ac("32010600019007", 1), fast().recordResendInterval(Duration.ofMillis(200)).build());
        server.send(pile.pileNo(), new RemoteStart(serial(pile, 1), pile.pileNo(), 1, LogicalCardNo.NONE, PhysicalCardNo.NONE, 0));
        pile.await(p -> p.gun(1).status() == GunStatus.CHARGING, WAIT).await(10, SECONDS);
        pile.gun(1).stopLocally().await(5, SECONDS);

        Eventually.await(WAIT, "three copies of the record", () -> server.count(pile.pileNo(), FrameType.TRANSACTION_RECORD) >= 3);
        List<TransactionRecord> copies = server.received(pile.pileNo(), FrameType.TRANSACTION_RECORD);
        assertThat(copies).allSatisfy(r -> assertThat(r.stopReason().code()).isEqualTo(0x45));
        assertThat(copies.stream().map(TransactionRecord::tradeSerial).distinct()).hasSize(1);
        server.confirmRecords(true);
        Eventually.await(WAIT, "the record confirmed", () -> pile.pendingRecords().await().isEmpty());
        int sent = server.count(pile.pileNo(), FrameType.TRANSACTION_RECORD);
        Thread.sleep(800);

        assertThat(server.count(pile.pileNo(), FrameType.TRANSACTION_RECORD)).isEqualTo(sent);
    }

    @Test
    void unconfirmedRecordSurvivesAReconnectAndIsResentRightAfterTheNextLogin() throws Exception {
        start(PileIdentity.ac("32010600019008", 1), fast().recordResendInterval(Duration.ofMinutes(5)).build());
        pile.gun(1).simulateCharging().await(5, SECONDS);
        pile.gun(1).stopLocally().await(5, SECONDS);
        awaitOne(FrameType.TRANSACTION_RECORD);

        server.disconnect(pile.pileNo());
        pile.await(p -> p.loginCount() == 2, WAIT).await(10, SECONDS);

        Eventually.await(WAIT, "the record again", () -> server.count(pile.pileNo(), FrameType.TRANSACTION_RECORD) == 2);
        List<TransactionRecord> copies = server.received(pile.pileNo(), FrameType.TRANSACTION_RECORD);
        assertThat(copies.get(1)).isEqualTo(copies.get(0));
        assertThat(copies.get(0).trigger()).isEqualTo(TransactionTrigger.OFFLINE_CARD);
        assertThat(pile.pendingRecords().await(5, SECONDS)).hasSize(1);
    }

    @Test
    void unpluggedGunRefusesWithGunNotPluggedAndStartsWhenPluggedWithinAMinute() throws Exception {
        start(PileIdentity.ac("32010600019009", 1), fast().build());
        pile.gun(1).unplug().await(5, SECONDS);
        TradeSerial serial = serial(pile, 1);
        server.send(pile.pileNo(), new RemoteStart(serial, pile.pileNo(), 1, LogicalCardNo.NONE, PhysicalCardNo.NONE, 0));

        RemoteStartReply refused = awaitOne(FrameType.REMOTE_START_REPLY);
        assertThat(refused.started()).isFalse();
        assertThat(refused.failureCode()).isEqualTo(RemoteStartReply.GUN_NOT_PLUGGED);
        pile.gun(1).plug().await(5, SECONDS);

        Eventually.await(WAIT, "a second 0x33", () -> server.count(pile.pileNo(), FrameType.REMOTE_START_REPLY) == 2);
        assertThat(this.<RemoteStartReply>awaitOne(FrameType.REMOTE_START_REPLY)).isEqualTo(
                new RemoteStartReply(serial, pile.pileNo(), 1, true, 0));
        assertThat(pile.gun(1).status()).isEqualTo(GunStatus.CHARGING);
    }

    @Test
    void configuredFailureAndFaultyGunRefuseRemoteStarts() throws Exception {
        start(PileIdentity.dc("32010600019002", 2), fast().build());
        pile.gun(1).failRemoteStarts(0x04).await(5, SECONDS);
        pile.gun(2).fault(true).await(5, SECONDS);
        server.send(pile.pileNo(), new RemoteStart(serial(pile, 1), pile.pileNo(), 1, LogicalCardNo.NONE, PhysicalCardNo.NONE, 0));
        server.send(pile.pileNo(), new RemoteStart(serial(pile, 2), pile.pileNo(), 2, LogicalCardNo.NONE, PhysicalCardNo.NONE, 0));

        Eventually.await(WAIT, "two replies", () -> server.count(pile.pileNo(), FrameType.REMOTE_START_REPLY) == 2);
        assertThat(server.<RemoteStartReply>received(pile.pileNo(), FrameType.REMOTE_START_REPLY))
                .extracting(RemoteStartReply::gun, RemoteStartReply::started, RemoteStartReply::failureCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, false, 0x04),
                        org.assertj.core.groups.Tuple.tuple(2, false, 0x03));
        assertThat(pile.stats().charging()).isZero();
    }

    @Test
    void dcSessionStopsByItselfAtFullBatteryWithReasonSocReached() throws Exception {
        // 60 kWh battery from 30 %: 42 kWh at 100 MW takes about 1.5 s
        start(PileIdentity.dc("32010600019003", 1), fast().power(100_000_000, 7_000).liveChargingInterval(Duration.ofMillis(100))
                .build());
        server.send(pile.pileNo(), new RemoteStart(serial(pile, 1), pile.pileNo(), 1, LogicalCardNo.NONE, PhysicalCardNo.NONE, 0));

        TransactionRecord record = awaitOne(FrameType.TRANSACTION_RECORD);

        assertThat(record.stopReason().code()).isEqualTo(0x41);
        assertThat(record.totalEnergyDeciWh()).isGreaterThanOrEqualTo(420_000);
        assertThat(this.<BmsChargeEnd>awaitOne(FrameType.BMS_CHARGE_END).finalSocPercent()).isEqualTo(100);
    }

    @Test
    void defaultTariffIsTheDemoModelNumberZero() throws Exception {
        start(PileIdentity.ac("32010600019010", 1), fast().build());

        assertThat(pile.billingModel()).isEqualTo(DemoTariff.MODEL);
        assertThat(pile.billingModel().billingModelNo().value()).isZero();
    }
}
