package io.chargeway.edge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.contract.event.GroundLockReported;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.event.PileFaultChanged;
import io.chargeway.contract.event.RemoteStartReported;
import io.chargeway.contract.event.TierUsage;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.pile.StartAuthorizationRequest;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.charging.ParallelGunRole;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.StartMode;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.live.GunState;
import io.chargeway.ykc.message.live.HardwareFault;
import io.chargeway.ykc.message.live.Holstered;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.message.maintenance.GroundLockStatus;
import io.chargeway.ykc.message.maintenance.LockState;

class UplinkTranslatorTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final TradeSerial SERIAL = TradeSerial.parse("32010600019236012001061803423060");
    private static final Instant AT = Instant.parse("2024-05-01T02:00:00Z");

    static RealtimeData charging(int faultWord) {
        return new RealtimeData(SERIAL, PILE, 1, GunState.CHARGING, Holstered.NO, true, 3801, 1203, 75, 0, 56, 80, 12, 40,
                123_456, 123_456, 98_765, faultWord);
    }

    @Test
    void realtimeDataBecomesALiveSampleWithDecodedTemperaturesAndFaultNames() {
        int word = HardwareFault.EMERGENCY_STOP.mask() | HardwareFault.DOOR_OPEN.mask() | 1 << 14;

        LiveSample s = UplinkTranslator.liveSample(charging(word), 7, AT);

        assertThat(s).isEqualTo(new LiveSample("32010600019236", 7, 1, SERIAL.toString(), GunStatus.CHARGING, true, "NO", 3801,
                1203, 25, 56, 30, 12, 40, 123_456, 123_456, 98_765, List.of("EMERGENCY_STOP", "DOOR_OPEN", "UNDOCUMENTED_BIT_15"),
                AT));
    }

    @Test
    void idleTemperatureZeroMeansNoReadingNotMinus50() {
        RealtimeData idle = new RealtimeData(TradeSerial.ZERO, PILE, 2, GunState.IDLE, Holstered.YES, false, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0);

        LiveSample s = UplinkTranslator.liveSample(idle, 7, AT);

        assertThat(s.gunTempCelsius()).isZero();
        assertThat(s.batteryMaxTempCelsius()).isZero();
        assertThat(s.tradeSerial()).isEqualTo("0".repeat(32));
        assertThat(s.hardwareFaults()).isEmpty();
    }

    @Test
    void statusChangeIsReportedOnlyWhenStatusOrPlugChanged() {
        RealtimeData d = charging(0);

        GunStatusChanged first = UplinkTranslator.statusChange(d, 7, null, false, AT);
        GunStatusChanged plug = UplinkTranslator.statusChange(d, 7, GunStatus.CHARGING, false, AT);

        assertThat(first).isEqualTo(new GunStatusChanged("32010600019236", 7, 1, GunStatus.CHARGING, true, null, AT));
        assertThat(plug.previous()).isEqualTo(GunStatus.CHARGING);
        assertThat(UplinkTranslator.statusChange(d, 7, GunStatus.CHARGING, true, AT)).isNull();
    }

    @Test
    void faultChangeListsActiveRaisedAndClearedIncludingTheHeartbeatFlag() {
        int before = HardwareFault.EMERGENCY_STOP.mask();
        int after = HardwareFault.DC_FUSE.mask();

        PileFaultChanged change = UplinkTranslator.faultChange("32010600019236", 7, 1, before, false, after, true, AT);

        assertThat(change.active()).containsExactly("DC_FUSE", UplinkTranslator.GUN_FAULT);
        assertThat(change.raised()).containsExactly("DC_FUSE", UplinkTranslator.GUN_FAULT);
        assertThat(change.cleared()).containsExactly("EMERGENCY_STOP");
        assertThat(UplinkTranslator.faultChange("32010600019236", 7, 1, after, true, after, true, AT)).isNull();
    }

    @Test
    void transactionRecordKeepsEveryAmountAndTurnsBeijingTimesIntoInstants() {
        List<TierRecord> tiers = List.of(new TierRecord(120_000, 10_000, 10_000, 12_000), new TierRecord(100_000, 20_000, 20_000,
                20_000), new TierRecord(80_000, 0, 0, 0), new TierRecord(50_000, 5_000, 5_000, 2_500));
        TransactionRecord r = new TransactionRecord(SERIAL, PILE, 1, Cp56Time2a.of(LocalDateTime.of(2020, 1, 6, 18, 3, 42)),
                Cp56Time2a.of(LocalDateTime.of(2020, 1, 6, 19, 0, 0)), tiers, 1_000_000, 1_035_000, 35_000, 35_000, 34_500,
                "LSVAU2180N2183294", 0x01, Cp56Time2a.of(LocalDateTime.of(2020, 1, 6, 19, 0, 5)), new StopReason(0x40),
                PhysicalCardNo.parse("D14B0A54"));

        TransactionRecorded t = UplinkTranslator.transaction(r, 7, AT);

        assertThat(t.startedAt()).isEqualTo(Instant.parse("2020-01-06T10:03:42Z"));
        assertThat(t.endedAt()).isEqualTo(Instant.parse("2020-01-06T11:00:00Z"));
        assertThat(t.tradedAt()).isEqualTo(Instant.parse("2020-01-06T11:00:05Z"));
        assertThat(t.tiers()).containsExactly(new TierUsage(120_000, 10_000, 10_000, 12_000),
                new TierUsage(100_000, 20_000, 20_000, 20_000), new TierUsage(80_000, 0, 0, 0), new TierUsage(50_000, 5_000, 5_000, 2_500));
        assertThat(t.tradeSerial()).isEqualTo(SERIAL.toString());
        assertThat(t.meterStartDeciWh()).isEqualTo(1_000_000);
        assertThat(t.meterEndDeciWh()).isEqualTo(1_035_000);
        assertThat(t.totalEnergyDeciWh()).isEqualTo(35_000);
        assertThat(t.totalAmountCentiFen()).isEqualTo(34_500);
        assertThat(t.trigger()).isEqualTo("APP");
        assertThat(t.stopReasonCode()).isEqualTo(0x40);
        assertThat(t.stopReason()).isEqualTo(new StopReason(0x40).description());
        assertThat(t.physicalCardNo()).isEqualTo("00000000D14B0A54");
        assertThat(t.vin()).isEqualTo("LSVAU2180N2183294");
        assertThat(t.at()).isEqualTo(AT);
    }

    @Test
    void invalidPileTimeBecomesNullInsteadOfFailingTheRecord() {
        assertThat(UplinkTranslator.instant(Cp56Time2a.parse("raw:00000000000000"))).isNull();
    }

    @Test
    void startRequestBecomesAnAuthorizationRequestWithParallelFacts() {
        PileStartRequest r = new PileStartRequest(PILE, 2, StartMode.CARD, true, PhysicalCardNo.parse("D14B0A54"),
                "0123456789ABCDEF0123456789ABCDEF", "");

        StartAuthorizationRequest single = UplinkTranslator.authorization(r, null, null);
        StartAuthorizationRequest parallel = UplinkTranslator.authorization(r, ParallelSequence.parse("240501100000"),
                ParallelGunRole.AUXILIARY);

        assertThat(single).isEqualTo(new StartAuthorizationRequest("32010600019236", 2, "CARD", "00000000D14B0A54",
                "0123456789ABCDEF0123456789ABCDEF", "", null, false));
        assertThat(parallel.parallelSequence()).isEqualTo("240501100000");
        assertThat(parallel.auxiliaryGun()).isTrue();
    }

    @Test
    void groundLockAndUnsolicitedStartReplyAreNamed() {
        GroundLockReported lock = UplinkTranslator.groundLock(new GroundLockStatus(PILE, 1, LockState.RAISED, true, 80, 0x12, 0), 7,
                AT);
        RemoteStartReported start = UplinkTranslator.remoteStart(new RemoteStartReply(SERIAL, PILE, 1, false, 0x05), 7, AT);

        assertThat(lock).isEqualTo(new GroundLockReported("32010600019236", 7, 1, "RAISED", true, 80, "UNKNOWN_0x12", AT));
        assertThat(start.started()).isFalse();
        assertThat(start.failureCode()).isEqualTo(5);
        assertThat(start.failureReason()).isEqualTo("gun not plugged in");
    }
}
