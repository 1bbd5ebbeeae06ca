package io.chargeway.edge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.ClearOfflineCards;
import io.chargeway.contract.command.OfflineCard;
import io.chargeway.contract.command.OperateGroundLock;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.command.PushTariff;
import io.chargeway.contract.command.QueryOfflineCards;
import io.chargeway.contract.command.ReadLiveData;
import io.chargeway.contract.command.Reboot;
import io.chargeway.contract.command.SetQrCode;
import io.chargeway.contract.command.SetWorkParameters;
import io.chargeway.contract.command.StartCharging;
import io.chargeway.contract.command.StartParallelCharging;
import io.chargeway.contract.command.StopCharging;
import io.chargeway.contract.command.SyncClock;
import io.chargeway.contract.command.SyncOfflineCards;
import io.chargeway.contract.command.UpdateBalance;
import io.chargeway.contract.command.UpdateFirmware;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.edge.events.DownlinkTranslator.Step;
import io.chargeway.edge.session.ReplyKey;
import io.chargeway.ykc.field.BillingModelNo;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.card.OfflineCardClear;
import io.chargeway.ykc.message.card.OfflineCardQuery;
import io.chargeway.ykc.message.card.OfflineCardSync;
import io.chargeway.ykc.message.charging.BalanceUpdate;
import io.chargeway.ykc.message.charging.ParallelStart;
import io.chargeway.ykc.message.charging.RemoteStart;
import io.chargeway.ykc.message.charging.RemoteStop;
import io.chargeway.ykc.message.live.ReadRealtimeData;
import io.chargeway.ykc.message.maintenance.ExecuteControl;
import io.chargeway.ykc.message.maintenance.FirmwareUpdate;
import io.chargeway.ykc.message.maintenance.GroundLockCommand;
import io.chargeway.ykc.message.maintenance.LockCommand;
import io.chargeway.ykc.message.maintenance.PileModel;
import io.chargeway.ykc.message.maintenance.QrCodeSetting;
import io.chargeway.ykc.message.maintenance.TimeSync;
import io.chargeway.ykc.message.maintenance.WorkParameterSetting;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.BillingModelSetting;
import io.chargeway.ykc.message.session.Tier;
import io.chargeway.ykc.message.session.TierPrice;

class DownlinkTranslatorTest {

    private static final String PILE_TEXT = "32010600019236";
    private static final PileNo PILE = PileNo.parse(PILE_TEXT);
    private static final String SERIAL_TEXT = "32010600019236012001061803423060";
    private static final TradeSerial SERIAL = TradeSerial.parse(SERIAL_TEXT);
    private static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");
    private static final ClockSync CLOCK = new ClockSync(Clock.fixed(NOW, ZoneOffset.UTC), () -> 0);

    private static Step only(PileCommand command) {
        List<Step> steps = DownlinkTranslator.steps(command, CLOCK);
        assertThat(steps).hasSize(1);
        return steps.get(0);
    }

    @Test
    void startChargingIs0x34AwaitingThe0x33OfItsGunAndSerial() {
        Step step = only(new StartCharging(PILE_TEXT, 1, SERIAL_TEXT, "1000000000123456", "D14B0A54", 100_000));

        assertThat(step.frame()).isEqualTo(new RemoteStart(SERIAL, PILE, 1, LogicalCardNo.parse("1000000000123456"),
                PhysicalCardNo.parse("D14B0A54"), 100_000));
        assertThat(step.awaited()).isEqualTo(new ReplyKey(FrameType.REMOTE_START_REPLY, 1, SERIAL));
    }

    @Test
    void parallelStartIs0xA4AwaitingThe0xA3() {
        Step step = only(new StartParallelCharging(PILE_TEXT, 2, SERIAL_TEXT, "1", "", 500, "240501100000"));

        assertThat(step.frame()).isEqualTo(new ParallelStart(new RemoteStart(SERIAL, PILE, 2, new LogicalCardNo(1),
                PhysicalCardNo.NONE, 500), ParallelSequence.parse("240501100000")));
        assertThat(step.awaited()).isEqualTo(new ReplyKey(FrameType.PARALLEL_START_REPLY, 2, SERIAL));
    }

    @Test
    void simpleCommandsBecomeTheirFramesAndReplies() {
        assertThat(only(new StopCharging(PILE_TEXT, 2))).isEqualTo(new Step(new RemoteStop(PILE, 2),
                ReplyKey.of(FrameType.REMOTE_STOP_REPLY, 2)));
        assertThat(only(new ReadLiveData(PILE_TEXT, 1))).isEqualTo(new Step(new ReadRealtimeData(PILE, 1),
                ReplyKey.of(FrameType.REALTIME_DATA, 1)));
        assertThat(only(new Reboot(PILE_TEXT, true)).frame()).isEqualTo(
                new io.chargeway.ykc.message.maintenance.Reboot(PILE, ExecuteControl.WHEN_IDLE));
        assertThat(only(new SetWorkParameters(PILE_TEXT, false, 60)).frame()).isEqualTo(new WorkParameterSetting(PILE, false, 60));
        assertThat(only(new OperateGroundLock(PILE_TEXT, 1, false))).isEqualTo(new Step(
                new GroundLockCommand(PILE, 1, LockCommand.LOWER, 0), ReplyKey.of(FrameType.GROUND_LOCK_REPLY, 1)));
        assertThat(only(new UpdateBalance(PILE_TEXT, 1, "0", 2_000)).frame()).isEqualTo(
                new BalanceUpdate(PILE, 1, PhysicalCardNo.NONE, 2_000));
        assertThat(only(new SetQrCode(PILE_TEXT, true, "https://q.example/p?n=")).frame()).isEqualTo(
                new QrCodeSetting(PILE, 0x01, "https://q.example/p?n="));
        assertThat(only(new UpdateFirmware(PILE_TEXT, true, 60, "10.0.0.9", 21, "u", "p", "/fw.bin", false, 10)).frame())
                .isEqualTo(new FirmwareUpdate(PILE, PileModel.DC, 60, "10.0.0.9", 21, "u", "p", "/fw.bin",
                        ExecuteControl.IMMEDIATELY, 10));
    }

    @Test
    void syncClockSendsTheGivenInstantOrNowInBeijingTime() {
        assertThat(only(new SyncClock(PILE_TEXT, null)).frame())
                .isEqualTo(new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2024, 5, 1, 10, 0))));
        assertThat(only(new SyncClock(PILE_TEXT, Instant.parse("2024-01-01T00:00:00Z"))).frame())
                .isEqualTo(new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2024, 1, 1, 8, 0))));
    }

    @Test
    void pushTariffIs0x58WithTheTariffAsBillingModel() {
        List<Integer> slots = new ArrayList<>(Collections.nCopies(48, 2));
        slots.set(0, 3);
        TariffModel tariff = new TariffModel(12, List.of(new Rate(100_000, 40_000), new Rate(90_000, 40_000),
                new Rate(70_000, 40_000), new Rate(30_000, 40_000)), 0, slots);

        Step step = only(new PushTariff(PILE_TEXT, tariff));

        BillingModel model = ((BillingModelSetting) step.frame()).billingModel();
        assertThat(model.billingModelNo()).isEqualTo(new BillingModelNo(12));
        assertThat(model.price(Tier.SHARP)).isEqualTo(new TierPrice(100_000, 40_000));
        assertThat(model.price(Tier.VALLEY)).isEqualTo(new TierPrice(30_000, 40_000));
        assertThat(model.slotTiers().get(0)).isEqualTo(Tier.VALLEY);
        assertThat(model.slotTiers().get(1)).isEqualTo(Tier.FLAT);
        assertThat(step.awaited()).isEqualTo(ReplyKey.of(FrameType.BILLING_MODEL_SETTING_REPLY));
    }

    @Test
    void cardListsAreSplitToKeepEveryFrameWithinTheDocumentedLength() {
        List<OfflineCard> cards = new ArrayList<>();
        List<String> uids = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            cards.add(new OfflineCard(String.valueOf(1000 + i), Integer.toHexString(0xA000 + i)));
            uids.add(Integer.toHexString(0xA000 + i));
        }
        uids.addAll(uids.subList(0, 22));

        List<Step> sync = DownlinkTranslator.steps(new SyncOfflineCards(PILE_TEXT, cards), CLOCK);
        List<Step> clear = DownlinkTranslator.steps(new ClearOfflineCards(PILE_TEXT, uids), CLOCK);
        List<Step> query = DownlinkTranslator.steps(new QueryOfflineCards(PILE_TEXT, uids), CLOCK);

        assertThat(sync).extracting(s -> ((OfflineCardSync) s.frame()).cards().size()).containsExactly(11, 11, 3);
        assertThat(clear).extracting(s -> ((OfflineCardClear) s.frame()).cards().size()).containsExactly(23, 23, 1);
        assertThat(query).extracting(s -> ((OfflineCardQuery) s.frame()).cards().size()).containsExactly(23, 23, 1);
        assertThat(sync).allMatch(s -> s.awaited().equals(ReplyKey.of(FrameType.OFFLINE_CARD_SYNC_REPLY)));
        assertThat(((OfflineCardSync) sync.get(2).frame()).cards().get(2).physicalCardNo())
                .isEqualTo(PhysicalCardNo.parse("A019"));
    }

    @Test
    void invalidCommandsAreBadRequestsNamingTheField() {
        assertBadRequest(new StartCharging(PILE_TEXT, 1, "not-a-serial", "1", "0", 0), "tradeSerial");
        assertBadRequest(new StartCharging(PILE_TEXT, 1, SERIAL_TEXT, null, "0", 0), "logicalCardNo: missing");
        assertBadRequest(new StopCharging(PILE_TEXT, 100), "gun");
        assertBadRequest(new StopCharging("12ab", 1), "pileNo");
        assertBadRequest(new StopCharging(null, 1), "pileNo: missing");
        assertBadRequest(new SetWorkParameters(PILE_TEXT, true, 10), "maxPowerPercent");
        assertBadRequest(new SyncOfflineCards(PILE_TEXT, List.of()), "cards");
        assertBadRequest(new ClearOfflineCards(PILE_TEXT, List.of("XYZ")), "physicalCardNos[0]");
        assertBadRequest(new PushTariff(PILE_TEXT, null), "tariff: missing");
        assertBadRequest(new UpdateFirmware(PILE_TEXT, true, 60, "a-host-name-longer-than-16", 21, "u", "p", "/f", true, 5),
                "serverAddress");
        assertBadRequest(new UpdateBalance(PILE_TEXT, 1, "0", -1), "balanceFen");
    }

    private static void assertBadRequest(PileCommand command, String field) {
        assertThatThrownBy(() -> DownlinkTranslator.steps(command, CLOCK))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST))
                .hasMessageContaining(field);
    }
}
