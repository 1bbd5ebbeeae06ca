package io.chargeway.sim;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chargeway.sim.testing.Eventually;
import io.chargeway.sim.testing.YkcTestServer;
import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.card.OfflineCard;
import io.chargeway.ykc.message.card.OfflineCardClear;
import io.chargeway.ykc.message.card.OfflineCardQuery;
import io.chargeway.ykc.message.card.OfflineCardQueryReply;
import io.chargeway.ykc.message.card.OfflineCardSync;
import io.chargeway.ykc.message.charging.BalanceUpdate;
import io.chargeway.ykc.message.charging.BalanceUpdateReply;
import io.chargeway.ykc.message.charging.ParallelGunRole;
import io.chargeway.ykc.message.charging.ParallelStart;
import io.chargeway.ykc.message.charging.ParallelStartReply;
import io.chargeway.ykc.message.charging.PileStartConfirm;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.RemoteStart;
import io.chargeway.ykc.message.charging.StartMode;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.charging.TransactionTrigger;
import io.chargeway.ykc.message.live.GunState;
import io.chargeway.ykc.message.live.ReadRealtimeData;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.message.maintenance.ExecuteControl;
import io.chargeway.ykc.message.maintenance.FirmwareUpdate;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateReply;
import io.chargeway.ykc.message.maintenance.GroundLockCommand;
import io.chargeway.ykc.message.maintenance.GroundLockReply;
import io.chargeway.ykc.message.maintenance.LockCommand;
import io.chargeway.ykc.message.maintenance.PileModel;
import io.chargeway.ykc.message.maintenance.QrCodeSetting;
import io.chargeway.ykc.message.maintenance.QrCodeSettingReply;
import io.chargeway.ykc.message.maintenance.Reboot;
import io.chargeway.ykc.message.maintenance.RebootReply;
import io.chargeway.ykc.message.maintenance.TimeSync;
import io.chargeway.ykc.message.maintenance.TimeSyncReply;
import io.chargeway.ykc.message.maintenance.WorkParameterReply;
import io.chargeway.ykc.message.maintenance.WorkParameterSetting;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.BillingModelCheck;
import io.chargeway.ykc.message.session.BillingModelSetting;
import io.chargeway.ykc.message.session.BillingModelSettingReply;
import io.chargeway.ykc.message.session.Tier;
import io.chargeway.ykc.message.session.TierPrice;
import io.vertx.core.Vertx;

/** The billing-model exchange, card and VIN starts, and every platform command the pile answers. */
class CommandsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final PhysicalCardNo CARD = PhysicalCardNo.parse("D14B0A54");

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

    private void startPile() throws Exception {
        pile = SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", server.port()), PileIdentity.dc("32010600019001", 2),
                PileSettings.builder().heartbeatInterval(Duration.ofSeconds(60)).backoff(new Backoff(50, 200, 0)).build());
        pile.start();
        pile.awaitLoggedIn().await(10, SECONDS);
    }

    private PileNo pileNo() {
        return pile.pileNo();
    }

    /** Sends {@code command} and returns the pile's answer of {@code replyType}: the next one echoing the command's sequence. */
    @SuppressWarnings("unchecked")
    private <M extends YkcMessage> M ask(YkcMessage command, FrameType replyType) {
        long sentAt = System.nanoTime();
        int seq = server.send(pileNo(), command);
        Eventually.await(WAIT, replyType.hex() + " with sequence " + seq, () -> answer(replyType, seq, sentAt) != null);
        return (M) answer(replyType, seq, sentAt).message();
    }

    private YkcTestServer.Received answer(FrameType type, int seq, long after) {
        return server.frames(pileNo(), type).stream().filter(r -> r.sequence() == seq && r.atNanos() >= after).findFirst()
                .orElse(null);
    }

    private static BillingModel model(int number, long flatElectricity) {
        List<TierPrice> prices = Collections.nCopies(4, new TierPrice(flatElectricity, 40_000));
        List<Tier> slots = new ArrayList<>(Collections.nCopies(BillingModel.SLOTS, Tier.FLAT));
        return new BillingModel(PileNo.parse("0"), new BillingModelNo(number), prices, 0, slots);
    }

    @Test
    void differentBillingModelIsRequestedStoredAndReportedAfterTheNextLogin() throws Exception {
        server.serveBillingModel(model(123, 90_000));
        startPile();

        pile.await(p -> p.billingModel().billingModelNo().value() == 123, WAIT).await(10, SECONDS);
        assertThat(server.<BillingModelCheck>received(pileNo(), FrameType.BILLING_MODEL_CHECK)).singleElement()
                .satisfies(c -> assertThat(c.billingModelNo()).isEqualTo(BillingModelNo.NONE));
        assertThat(server.count(pileNo(), FrameType.BILLING_MODEL_REQUEST)).isEqualTo(1);
        assertThat(pile.billingModel().price(Tier.FLAT).electricityMilliFenPerKwh()).isEqualTo(90_000);

        server.disconnect(pileNo());
        pile.await(p -> p.loginCount() == 2, WAIT).await(10, SECONDS);
        Eventually.await(WAIT, "the second 0x05", () -> server.count(pileNo(), FrameType.BILLING_MODEL_CHECK) == 2);
        Thread.sleep(200);
        assertThat(server.<BillingModelCheck>received(pileNo(), FrameType.BILLING_MODEL_CHECK).get(1).billingModelNo().value())
                .isEqualTo(123);
        assertThat(server.count(pileNo(), FrameType.BILLING_MODEL_REQUEST)).as("same model: no 0x09").isEqualTo(1);
    }

    @Test
    void pushedBillingModelIsAnsweredStoredAndUsedForTheNextSession() throws Exception {
        startPile();
        BillingModelSettingReply reply = ask(new BillingModelSetting(model(77, 100_000)), FrameType.BILLING_MODEL_SETTING_REPLY);
        assertThat(reply.success()).isTrue();
        assertThat(pile.billingModel().billingModelNo().value()).isEqualTo(77);

        pile.gun(1).simulateCharging().await(5, SECONDS);
        Thread.sleep(300);
        pile.gun(1).stopLocally().await(5, SECONDS);
        Eventually.await(WAIT, "the record", () -> server.count(pileNo(), FrameType.TRANSACTION_RECORD) == 1);
        TransactionRecord record = server.<TransactionRecord>received(pileNo(), FrameType.TRANSACTION_RECORD).get(0);
        assertThat(record.flat().priceMilliFenPerKwh()).isEqualTo(140_000);
        assertThat(record.flat().energyDeciWh()).isEqualTo(record.totalEnergyDeciWh()).isPositive();
    }

    @Test
    void cardSwipeSendsTheCardAndChargesWithThePlatformsSerial() throws Exception {
        startPile();
        TradeSerial serial = TradeSerial.of(pileNo(), 2, LocalDateTime.now(), 7);
        server.autoAnswer(FrameType.PILE_START_REQUEST, (p, m) -> new PileStartConfirm(serial, p, ((PileStartRequest) m).gun(),
                LogicalCardNo.parse("8800000000000001"), 5_000, true, 0));

        TradeSerial started = pile.gun(2).swipeCard(CARD).await(10, SECONDS);

        assertThat(started).isEqualTo(serial);
        assertThat(pile.gun(2).status()).isEqualTo(GunStatus.CHARGING);
        assertThat(pile.gun(2).serial()).isEqualTo(serial);
        PileStartRequest request = server.<PileStartRequest>received(pileNo(), FrameType.PILE_START_REQUEST).get(0);
        assertThat(request.startMode()).isEqualTo(StartMode.CARD);
        assertThat(request.accountOrCardNo()).isEqualTo(CARD);
        pile.gun(2).stopLocally().await(5, SECONDS);
        Eventually.await(WAIT, "the record", () -> server.count(pileNo(), FrameType.TRANSACTION_RECORD) == 1);
        TransactionRecord record = server.<TransactionRecord>received(pileNo(), FrameType.TRANSACTION_RECORD).get(0);
        assertThat(record.trigger()).isEqualTo(TransactionTrigger.CARD);
        assertThat(record.physicalCardNo()).isEqualTo(CARD);
        assertThat(record.stopReason().code()).isEqualTo(0x45);
    }

    @Test
    void vinStartSendsModeVinAndRecordsTheVin() throws Exception {
        startPile();
        TradeSerial serial = TradeSerial.of(pileNo(), 1, LocalDateTime.now(), 8);
        server.autoAnswer(FrameType.PILE_START_REQUEST, (p, m) -> new PileStartConfirm(serial, p, 1, LogicalCardNo.NONE, 0, true, 0));

        pile.gun(1).startByVin("LSVAU2180N2183294").await(10, SECONDS);
        pile.gun(1).stopLocally().await(5, SECONDS);

        Eventually.await(WAIT, "the record", () -> server.count(pileNo(), FrameType.TRANSACTION_RECORD) == 1);
        assertThat(server.<PileStartRequest>received(pileNo(), FrameType.PILE_START_REQUEST).get(0))
                .satisfies(r -> assertThat(r.startMode()).isEqualTo(StartMode.VIN))
                .satisfies(r -> assertThat(r.vin()).isEqualTo("LSVAU2180N2183294"));
        TransactionRecord record = server.<TransactionRecord>received(pileNo(), FrameType.TRANSACTION_RECORD).get(0);
        assertThat(record.trigger()).isEqualTo(TransactionTrigger.VIN);
        assertThat(record.vin()).isEqualTo("LSVAU2180N2183294");
    }

    @Test
    void refusedCardFailsTheSwipeWithTheFailureCodeAndDoesNotCharge() throws Exception {
        startPile();
        server.autoAnswer(FrameType.PILE_START_REQUEST, (p, m) -> new PileStartConfirm(TradeSerial.ZERO, p, 1, LogicalCardNo.NONE, 0,
                false, 0x03));

        assertThatThrownBy(() -> pile.gun(1).swipeCard(CARD).await(10, SECONDS))
                .hasMessageContaining("0x03");
        assertThat(pile.gun(1).status()).isEqualTo(GunStatus.IDLE);
    }

    @Test
    void readRealtimeDataIsAnsweredWithTheGunsLiveFrame() throws Exception {
        startPile();
        pile.gun(2).simulateCharging().await(5, SECONDS);

        RealtimeData live = ask(new ReadRealtimeData(pileNo(), 2), FrameType.REALTIME_DATA);

        assertThat(live.gun()).isEqualTo(2);
        assertThat(live.gunState()).isEqualTo(GunState.CHARGING);
        assertThat(live.tradeSerial()).isEqualTo(pile.gun(2).serial());
    }

    @Test
    void maintenanceCommandsAreAnsweredWithTheirReplies() throws Exception {
        startPile();
        LocalDateTime platformTime = LocalDateTime.of(2030, 1, 2, 3, 4, 5);
        TimeSyncReply time = ask(new TimeSync(pileNo(), Cp56Time2a.of(platformTime)), FrameType.TIME_SYNC_REPLY);
        assertThat(Duration.between(platformTime, time.pileTime().toLocalDateTime()).abs()).isLessThan(Duration.ofSeconds(5));

        assertThat(this.<WorkParameterReply>ask(new WorkParameterSetting(pileNo(), true, 80), FrameType.WORK_PARAMETER_REPLY)
                .success()).isTrue();
        assertThat(this.<GroundLockReply>ask(new GroundLockCommand(pileNo(), 1, LockCommand.LOWER, 0), FrameType.GROUND_LOCK_REPLY)
                .success()).isTrue();
        assertThat(this.<QrCodeSettingReply>ask(new QrCodeSetting(pileNo(), 0, "https://qr.example/"), FrameType.QR_CODE_SETTING_REPLY)
                .success()).isTrue();
        FirmwareUpdate update = new FirmwareUpdate(pileNo(), PileModel.DC, 120, "127.0.0.1", 21, "user", "pass", "/fw/v5.bin",
                ExecuteControl.WHEN_IDLE, 10);
        assertThat(this.<FirmwareUpdateReply>ask(update, FrameType.FIRMWARE_UPDATE_REPLY).statusCode()).isZero();
        FirmwareUpdate wrongModel = new FirmwareUpdate(pileNo(), PileModel.AC, 7, "127.0.0.1", 21, "u", "p", "/fw", ExecuteControl.IMMEDIATELY,
                10);
        assertThat(this.<FirmwareUpdateReply>ask(wrongModel, FrameType.FIRMWARE_UPDATE_REPLY).statusCode()).isEqualTo(0x02);
        assertThat(this.<BalanceUpdateReply>ask(new BalanceUpdate(pileNo(), 1, PhysicalCardNo.NONE, 12_345), FrameType.BALANCE_UPDATE_REPLY)
                .resultCode()).isZero();
    }

    @Test
    void offlineCardListIsSyncedClearedAndQueried() throws Exception {
        startPile();
        PhysicalCardNo other = PhysicalCardNo.parse("A1B2C3D4");
        ask(new OfflineCardSync(pileNo(), List.of(new OfflineCard(LogicalCardNo.parse("1"), CARD),
                new OfflineCard(LogicalCardNo.parse("2"), other))), FrameType.OFFLINE_CARD_SYNC_REPLY);
        assertThat(pile.offlineCards().await(5, SECONDS)).containsExactlyInAnyOrder(CARD, other);

        ask(new OfflineCardClear(pileNo(), List.of(other)), FrameType.OFFLINE_CARD_CLEAR_REPLY);
        OfflineCardQueryReply query = ask(new OfflineCardQuery(pileNo(), List.of(CARD, other)), FrameType.OFFLINE_CARD_QUERY_REPLY);

        assertThat(query.results()).extracting(r -> r.stored()).containsExactly(true, false);
        assertThat(pile.offlineCards().await(5, SECONDS)).containsExactly(CARD);
    }

    @Test
    void parallelStartIsAnsweredWithTheGunsRoleAndTheSequence() throws Exception {
        startPile();
        ParallelSequence sequence = ParallelSequence.of(LocalDateTime.of(2025, 6, 1, 12, 0));
        TradeSerial serial = TradeSerial.of(pileNo(), 2, LocalDateTime.now(), 3);
        ParallelStartReply reply = ask(new ParallelStart(new RemoteStart(serial, pileNo(), 2, LogicalCardNo.NONE, PhysicalCardNo.NONE, 0),
                sequence), FrameType.PARALLEL_START_REPLY);

        assertThat(reply.reply().started()).isTrue();
        assertThat(reply.gunRole()).isEqualTo(ParallelGunRole.AUXILIARY);
        assertThat(reply.parallelSequence()).isEqualTo(sequence);
        assertThat(pile.gun(2).status()).isEqualTo(GunStatus.CHARGING);
    }

    @Test
    void rebootIsAnsweredThenThePileReconnectsAndLogsInAgain() throws Exception {
        startPile();
        RebootReply reply = ask(new Reboot(pileNo(), ExecuteControl.IMMEDIATELY), FrameType.REBOOT_REPLY);

        assertThat(reply.success()).isTrue();
        pile.await(p -> p.loginCount() == 2, WAIT).await(10, SECONDS);
        assertThat(server.count(pileNo(), FrameType.LOGIN_REQUEST)).isEqualTo(2);
    }

    @Test
    void ignoredCommandsGetNoAnswerAndDelayedOnesArriveAfterTheDelay() throws Exception {
        startPile();
        pile.misbehave().ignoreCommands(true).await(5, SECONDS);
        server.send(pileNo(), new TimeSync(pileNo(), Cp56Time2a.of(LocalDateTime.now())));
        Thread.sleep(500);
        assertThat(server.count(pileNo(), FrameType.TIME_SYNC_REPLY)).isZero();

        pile.misbehave().ignoreCommands(false).await(5, SECONDS);
        pile.misbehave().delayAnswers(Duration.ofMillis(600)).await(5, SECONDS);
        long sentAt = System.nanoTime();
        server.send(pileNo(), new TimeSync(pileNo(), Cp56Time2a.of(LocalDateTime.now())));
        Eventually.await(WAIT, "the delayed 0x55", () -> server.count(pileNo(), FrameType.TIME_SYNC_REPLY) == 1);

        long tookMillis = (server.frames(pileNo(), FrameType.TIME_SYNC_REPLY).get(0).atNanos() - sentAt) / 1_000_000;
        assertThat(tookMillis).isGreaterThanOrEqualTo(550);
    }

    @Test
    void swipeOnAGunThatIsChargingFailsAtOnce() throws Exception {
        startPile();
        pile.gun(1).simulateCharging().await(5, SECONDS);

        assertThatThrownBy(() -> pile.gun(1).swipeCard(CARD).await(5, SECONDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is charging");
        assertThatThrownBy(() -> pile.gun(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
