package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.maintenance.ExecuteControl;
import io.chargeway.ykc.message.maintenance.FirmwareUpdate;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateReply;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateStatus;
import io.chargeway.ykc.message.maintenance.GroundLockCommand;
import io.chargeway.ykc.message.maintenance.GroundLockReply;
import io.chargeway.ykc.message.maintenance.GroundLockStatus;
import io.chargeway.ykc.message.maintenance.LockAlarm;
import io.chargeway.ykc.message.maintenance.LockCommand;
import io.chargeway.ykc.message.maintenance.LockState;
import io.chargeway.ykc.message.maintenance.PileModel;
import io.chargeway.ykc.message.maintenance.QrCodeFormat;
import io.chargeway.ykc.message.maintenance.QrCodeSetting;
import io.chargeway.ykc.message.maintenance.QrCodeSettingReply;
import io.chargeway.ykc.message.maintenance.Reboot;
import io.chargeway.ykc.message.maintenance.RebootReply;
import io.chargeway.ykc.message.maintenance.TimeSync;
import io.chargeway.ykc.message.maintenance.TimeSyncReply;
import io.chargeway.ykc.message.maintenance.WorkParameterReply;
import io.chargeway.ykc.message.maintenance.WorkParameterSetting;
import io.chargeway.ykc.testing.CollectingListener;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

class MaintenanceMessagesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final String PER_GUN_PREFIX = "https://open.chargeway.io/mini/scan?operator=MA1W9X2K7&station=320106&entry=gun&no=";
    private static final FirmwareUpdate UPDATE = new FirmwareUpdate(PILE, PileModel.DC, 120, "ftp.chargeway.io", 21, "pilefw",
            "Fw#2024upd", "/firmware/dc120/V4.2.08.bin", ExecuteControl.WHEN_IDLE, 15);

    @Test
    void workParameterFramesDecode() {
        WorkParameterSetting setting = decode("0x52-work-parameter-setting.hex", WorkParameterSetting.class);
        WorkParameterReply reply = decode("0x51-work-parameter-reply.hex", WorkParameterReply.class);

        assertThat(setting).isEqualTo(new WorkParameterSetting(PILE, true, 80));
        assertThat(reply).isEqualTo(new WorkParameterReply(PILE, true));
        roundTrip(new WorkParameterSetting(PILE, false, 30), new WorkParameterSetting(PILE, true, 100), new WorkParameterReply(PILE, false));
    }

    @Test
    void workParameterOutsideItsRangeIsRefusedBothWays() {
        assertBadField("0x52-work-parameter-setting.hex", 8, 29, "maxPowerPercent");
        assertBadField("0x52-work-parameter-setting.hex", 7, 0x02, "enabled");
        assertEncodeFails(new WorkParameterSetting(PILE, true, 101), "maxPowerPercent");
        assertEncodeFails(new WorkParameterSetting(PILE, true, 29), "maxPowerPercent");
    }

    @Test
    void disabledPileIsSentAsCodeOne() {
        byte[] frame = FrameEncoder.encode(1, new WorkParameterSetting(PILE, false, 50), CrcOrder.LOW_FIRST);

        assertThat(frame[6 + 7]).isEqualTo((byte) 0x01);
    }

    @Test
    void timeSyncFramesDecode() {
        TimeSync sync = decode("0x56-time-sync.hex", TimeSync.class);
        TimeSyncReply reply = decode("0x55-time-sync-reply.hex", TimeSyncReply.class);

        assertThat(sync).isEqualTo(new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2024, 3, 15, 14, 30, 5))));
        assertThat(reply).isEqualTo(new TimeSyncReply(PILE, Cp56Time2a.of(LocalDateTime.of(2024, 3, 15, 14, 30, 5, 812_000_000))));
        roundTrip(new TimeSync(PILE, Cp56Time2a.of(LocalDateTime.of(2031, 12, 31, 23, 59, 59))),
                new TimeSyncReply(PILE, Cp56Time2a.parse("raw:FFFFFFFFFFFFFF")));
    }

    @Test
    void groundLockFramesDecode() {
        GroundLockStatus status = decode("0x61-ground-lock-status.hex", GroundLockStatus.class);
        GroundLockCommand command = decode("0x62-ground-lock-command.hex", GroundLockCommand.class);
        GroundLockReply reply = decode("0x63-ground-lock-reply.hex", GroundLockReply.class);

        assertThat(status).isEqualTo(new GroundLockStatus(PILE, 1, LockState.RAISED, false, 87, 0x00, 0));
        assertThat(status.alarm()).contains(LockAlarm.NONE);
        assertThat(command).isEqualTo(new GroundLockCommand(PILE, 1, LockCommand.LOWER, 0));
        assertThat(reply).isEqualTo(new GroundLockReply(PILE, 1, true, 0));
        roundTrip(new GroundLockStatus(PILE, 2, LockState.MOVING, true, 5, 0x55, 0),
                new GroundLockStatus(PILE, 255, LockState.LOWERED, true, 100, 0xFF, -1),
                new GroundLockCommand(PILE, 2, LockCommand.RAISE, 0x0102_0304), new GroundLockReply(PILE, 2, false, 7));
    }

    @Test
    void groundLockReservedBytesFromAPeerSurviveARoundTrip() {
        byte[] frame = FramePatch.body(HexFixture.load("0x63-ground-lock-reply.hex"), 9, 0x78, 0x56, 0x34, 0x92);

        GroundLockReply reply = RoundTrip.bytesToRecordAndBack(frame, GroundLockReply.class);

        assertThat(reply.reserved()).isEqualTo(0x9234_5678);
    }

    @Test
    void groundLockAlarmIsInformational() {
        byte[] frame = FramePatch.body(HexFixture.load("0x61-ground-lock-status.hex"), 11, 0x21);

        GroundLockStatus status = RoundTrip.bytesToRecordAndBack(frame, GroundLockStatus.class);

        assertThat(status.alarmCode()).isEqualTo(0x21);
        assertThat(status.alarm()).isEmpty();
        assertThat(new GroundLockStatus(PILE, 1, LockState.MOVING, false, 0, 0x55, 0).alarm()).contains(LockAlarm.MOVE_FAILED);
    }

    @Test
    void groundLockClosedCodesAreChecked() {
        assertBadField("0x61-ground-lock-status.hex", 8, 0x01, "lockState");
        assertBadField("0x61-ground-lock-status.hex", 9, 0x01, "vehicleParked");
        assertBadField("0x62-ground-lock-command.hex", 8, 0x00, "command");
        assertBadField("0x63-ground-lock-reply.hex", 8, 0x55, "success");
        assertEncodeFails(new GroundLockCommand(PILE, 256, LockCommand.RAISE, 0), "gun");
        assertEncodeFails(new GroundLockStatus(PILE, 1, LockState.RAISED, false, 256, 0, 0), "batteryPercent");
    }

    @Test
    void rebootFramesDecode() {
        Reboot reboot = decode("0x92-reboot.hex", Reboot.class);
        RebootReply reply = decode("0x91-reboot-reply.hex", RebootReply.class);

        assertThat(reboot).isEqualTo(new Reboot(PILE, ExecuteControl.WHEN_IDLE));
        assertThat(reply).isEqualTo(new RebootReply(PILE, true));
        roundTrip(new Reboot(PILE, ExecuteControl.IMMEDIATELY), new RebootReply(PILE, false));
        assertBadField("0x92-reboot.hex", 7, 0x03, "executeControl");
        assertBadField("0x91-reboot-reply.hex", 7, 0xFF, "success");
    }

    @Test
    void firmwareUpdateFixtureDecodesEveryField() {
        FirmwareUpdate update = decode("0x94-firmware-update.hex", FirmwareUpdate.class);

        assertThat(update).isEqualTo(UPDATE);
        assertThat(update.toString()).doesNotContain("Fw#2024upd").contains("ftp.chargeway.io");
        roundTrip(new FirmwareUpdate(PILE, PileModel.AC, 7, "192.0.2.10", 2121, "", "", "ac7.bin", ExecuteControl.IMMEDIATELY, 255));
    }

    @Test
    void firmwareUpdateChecksCodesAndTextLengths() {
        assertBadField("0x94-firmware-update.hex", 7, 0x00, "pileModel");
        assertBadField("0x94-firmware-update.hex", 92, 0x00, "executeControl");
        assertEncodeFails(withServer("ftp.chargeway.io1"), "serverAddress");
        assertEncodeFails(new FirmwareUpdate(PILE, PileModel.DC, 120, "h", 65_536, "u", "p", "f", ExecuteControl.IMMEDIATELY, 1),
                "serverPort");
        assertEncodeFails(new FirmwareUpdate(PILE, PileModel.DC, 120, "h", 21, "u", "p", "/" + "x".repeat(32),
                ExecuteControl.IMMEDIATELY, 1), "filePath");
        assertEncodeFails(withServer("ftp.\u5145\u7535.io"), "serverAddress");
    }

    @Test
    void firmwareUpdateReplyKeepsVendorStatusCodes() {
        FirmwareUpdateReply reply = decode("0x93-firmware-update-reply.hex", FirmwareUpdateReply.class);
        FirmwareUpdateReply vendor = RoundTrip.bytesToRecordAndBack(
                FramePatch.body(HexFixture.load("0x93-firmware-update-reply.hex"), 7, 0x09), FirmwareUpdateReply.class);

        assertThat(reply).isEqualTo(new FirmwareUpdateReply(PILE, 0));
        assertThat(reply.status()).contains(FirmwareUpdateStatus.SUCCESS);
        assertThat(vendor.status()).isEmpty();
        assertThat(new FirmwareUpdateReply(PILE, 3).status()).contains(FirmwareUpdateStatus.DOWNLOAD_TIMEOUT);
        roundTrip(new FirmwareUpdateReply(PILE, 2));
    }

    @Test
    void qrCodeFixturesDecodeBothFormats() {
        QrCodeSetting perPile = decode("0xF0-qr-code-setting.hex", QrCodeSetting.class);
        QrCodeSetting perGun = decode("0xF0-qr-code-setting-per-gun.hex", QrCodeSetting.class);
        QrCodeSettingReply reply = decode("0xF1-qr-code-setting-reply.hex", QrCodeSettingReply.class);

        assertThat(perPile).isEqualTo(new QrCodeSetting(PILE, 0x00, "https://qr.chargeway.io/p/"));
        assertThat(perPile.format()).contains(QrCodeFormat.PER_PILE);
        assertThat(perGun).isEqualTo(new QrCodeSetting(PILE, 0x01, PER_GUN_PREFIX));
        assertThat(perGun.format()).contains(QrCodeFormat.PER_GUN);
        assertThat(reply).isEqualTo(new QrCodeSettingReply(PILE, true));
        roundTrip(new QrCodeSetting(PILE, 0x07, ""), new QrCodeSetting(PILE, 0x01, "q".repeat(QrCodeSetting.MAX_PREFIX_LENGTH)),
                new QrCodeSettingReply(PILE, false));
        assertThat(new QrCodeSetting(PILE, 0x07, "x").format()).isEmpty();
    }

    @Test
    void qrCodePrefixLengthByteMustMatchTheBody() {
        byte[] frame = HexFixture.load("0xF0-qr-code-setting.hex");

        assertLengthMismatch(FramePatch.body(frame, 8, 27), "27");
        assertLengthMismatch(FramePatch.body(frame, 8, 25), "25");
        assertLengthMismatch(HexFixture.parse("68 0C 47 00 00 F0 32 01 06 00 01 92 36 00 crc"), "shorter");
    }

    @Test
    void qrCodeFrameDecodesWhenSplitAtEveryByte() {
        byte[] frame = HexFixture.load("0xF0-qr-code-setting-per-gun.hex");
        for (int cut = 1; cut < frame.length; cut++) {
            CollectingListener listener = new CollectingListener();
            FrameDecoder decoder = new FrameDecoder(listener);
            decoder.feed(frame, 0, cut);
            decoder.feed(frame, cut, frame.length - cut);

            assertThat(listener.rejections).as("cut at %d", cut).isEmpty();
            assertThat(listener.frames).as("cut at %d", cut).singleElement()
                    .satisfies(f -> assertThat(f.message()).isEqualTo(new QrCodeSetting(PILE, 0x01, PER_GUN_PREFIX)));
        }
    }

    @Test
    void qrCodePrefixThatDoesNotFitAFrameFailsToEncode() {
        assertEncodeFails(new QrCodeSetting(PILE, 0x01, "q".repeat(QrCodeSetting.MAX_PREFIX_LENGTH + 1)), "prefix");
        assertEncodeFails(new QrCodeSetting(PILE, 0x100, "q"), "formatCode");
    }

    @Test
    void everyMaintenanceRecordSurvivesJson() {
        for (String fixture : new String[] {"0x51-work-parameter-reply.hex", "0x52-work-parameter-setting.hex", "0x55-time-sync-reply.hex",
            "0x56-time-sync.hex", "0x61-ground-lock-status.hex", "0x62-ground-lock-command.hex", "0x63-ground-lock-reply.hex",
            "0x91-reboot-reply.hex", "0x92-reboot.hex", "0x93-firmware-update-reply.hex", "0x94-firmware-update.hex",
            "0xF0-qr-code-setting.hex", "0xF0-qr-code-setting-per-gun.hex", "0xF1-qr-code-setting-reply.hex"}) {
            JsonRoundTrip.assertSurvives(decode(fixture, YkcMessage.class));
        }
        assertThat(JsonRoundTrip.assertSurvives(new GroundLockReply(PILE, 1, true, -1))).contains("\"reserved\":-1");
        assertThat(JsonRoundTrip.assertSurvives(UPDATE)).contains("\"pileModel\":\"DC\"").contains("\"executeControl\":\"WHEN_IDLE\"");
    }

    private static <M extends YkcMessage> M decode(String fixture, Class<M> type) {
        return RoundTrip.bytesToRecordAndBack(HexFixture.load(fixture), type);
    }

    private static void roundTrip(YkcMessage... messages) {
        for (YkcMessage message : messages) {
            RoundTrip.recordToBytesAndBack(message);
        }
    }

    private static FirmwareUpdate withServer(String serverAddress) {
        return new FirmwareUpdate(PILE, PileModel.DC, 120, serverAddress, 21, "pilefw", "pw", "/fw.bin", ExecuteControl.WHEN_IDLE, 15);
    }

    private static void assertBadField(String fixture, int bodyOffset, int value, String field) {
        FrameRejection rejection = FramePatch.rejectionOf(FramePatch.body(HexFixture.load(fixture), bodyOffset, value));

        assertThat(rejection.reason()).as(fixture).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejection.detail()).contains(field);
    }

    private static void assertLengthMismatch(byte[] frame, String detail) {
        FrameRejection rejection = FramePatch.rejectionOf(frame);

        assertThat(rejection.reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
        assertThat(rejection.detail()).contains("0xF0").contains(detail);
    }

    private static void assertEncodeFails(YkcMessage message, String field) {
        assertThatThrownBy(() -> FrameEncoder.encode(3, message, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining(field);
    }
}
