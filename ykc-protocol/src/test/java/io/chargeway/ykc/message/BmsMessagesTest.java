package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.Crc16Modbus;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.bms.AlarmStatus;
import io.chargeway.ykc.message.bms.BatteryType;
import io.chargeway.ykc.message.bms.BmsChargeEnd;
import io.chargeway.ykc.message.bms.BmsDemand;
import io.chargeway.ykc.message.bms.BmsError;
import io.chargeway.ykc.message.bms.BmsErrorItem;
import io.chargeway.ykc.message.bms.BmsHandshake;
import io.chargeway.ykc.message.bms.BmsInfo;
import io.chargeway.ykc.message.bms.BmsParameters;
import io.chargeway.ykc.message.bms.BmsStop;
import io.chargeway.ykc.message.bms.BmsStopItem;
import io.chargeway.ykc.message.bms.ChargePermission;
import io.chargeway.ykc.message.bms.ChargerStop;
import io.chargeway.ykc.message.bms.ChargerStopItem;
import io.chargeway.ykc.message.bms.ChargingMode;
import io.chargeway.ykc.message.bms.LevelStatus;
import io.chargeway.ykc.message.bms.StopStatus;
import io.chargeway.ykc.message.bms.TimeoutStatus;
import io.chargeway.ykc.testing.CollectingListener;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BmsMessagesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final TradeSerial SERIAL = TradeSerial.parse("32010600019236012503141012300001");
    private static final TradeSerial OTHER_SERIAL = TradeSerial.parse("32010600019236022503150815450042");
    private static final String[] FIXTURES = {
        "0x15-bms-handshake.hex", "0x17-bms-parameters.hex", "0x19-bms-charge-end.hex", "0x1B-bms-error.hex",
        "0x1D-bms-stop.hex", "0x21-charger-stop.hex", "0x23-bms-demand.hex", "0x25-bms-info.hex"};

    static String[] fixtures() {
        return FIXTURES.clone();
    }

    @Test
    void handshakeFixtureDecodesEveryField() {
        BmsHandshake handshake = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x15-bms-handshake.hex"), BmsHandshake.class);

        assertThat(handshake).isEqualTo(new BmsHandshake(SERIAL, PILE, 1, 0x000101, 0x06, 1500, 3960, "CATL", 123456,
                38, 6, 15, 212, 1, 0xFF, "LGXCE6CB8N0123456", 0xFFFF_FF07_E60B_1403L));
        assertThat(handshake.bmsProtocolVersionText()).isEqualTo("V1.1");
        assertThat(handshake.batteryType()).contains(BatteryType.TERNARY);
        assertThat(handshake.batteryTypeDescription()).isEqualTo("ternary (NCM/NCA)");
        assertThat(handshake.productionYear()).isEqualTo(2023);
        assertThat(handshake.ownershipDescription()).isEqualTo("owned by vehicle");
        assertThat(handshake.bmsSoftwareYear()).isEqualTo(2022);
        assertThat(handshake.bmsSoftwareMonth()).isEqualTo(11);
        assertThat(handshake.bmsSoftwareDay()).isEqualTo(20);
        assertThat(handshake.bmsSoftwareBuild()).isEqualTo(3);
    }

    @Test
    void handshakeWithAnUnlistedBatteryTypeIsKeptNotRejected() {
        BmsHandshake handshake = new BmsHandshake(OTHER_SERIAL, PILE, 2, 0x000100, 0x09, 2000, 3500, "BYD", 0xFFFF_FFFFL,
                36, 12, 31, 0, 0, 0, "LFV2A21K6P4000001", 0x0000_0000_0000_0000L);

        RoundTrip.recordToBytesAndBack(handshake);
        assertThat(handshake.batteryType()).isEmpty();
        assertThat(handshake.batteryTypeDescription()).isEqualTo("unknown 0x09");
        assertThat(handshake.bmsProtocolVersionText()).isEqualTo("V1.0");
        assertThat(handshake.ownershipDescription()).isEqualTo("leased");
    }

    @Test
    void parametersFixtureDecodesEveryFieldAndAppliesOffsets() {
        BmsParameters parameters = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x17-bms-parameters.hex"), BmsParameters.class);

        assertThat(parameters).isEqualTo(new BmsParameters(SERIAL, PILE, 1, 425, 1500, 600, 4500, 105, 235, 3726,
                7500, 2000, 1000, 3990));
        assertThat(parameters.maxChargingCurrentDeciAmps()).isEqualTo(-2500);
        assertThat(parameters.maxTemperatureCelsius()).isEqualTo(55);
        assertThat(parameters.pileMaxCurrentDeciAmps()).isEqualTo(-3000);
        assertThat(parameters.pileMinCurrentDeciAmps()).isEqualTo(-10);
        RoundTrip.recordToBytesAndBack(new BmsParameters(OTHER_SERIAL, PILE, 2, 365, 2000, 900, 7500, 0, 1000, 6600,
                10000, 1500, 0, 4000));
    }

    @Test
    void chargeEndFixtureDecodesEveryFieldAndAppliesOffsets() {
        BmsChargeEnd end = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x19-bms-charge-end.hex"), BmsChargeEnd.class);

        assertThat(end).isEqualTo(new BmsChargeEnd(SERIAL, PILE, 1, 95, 412, 418, 78, 86, 52, 436, 0));
        assertThat(end.minTemperatureCelsius()).isEqualTo(28);
        assertThat(end.maxTemperatureCelsius()).isEqualTo(36);
        assertThat(end.chargerNumber()).isEqualTo(1);
        RoundTrip.recordToBytesAndBack(new BmsChargeEnd(OTHER_SERIAL, PILE, 2, 100, 330, 342, 10, 255, 600, 1000,
                0xFFFF_FFFFL));
    }

    @Test
    void errorFixtureReportsExactlyTheBclTimeoutReadLeastSignificantBitsFirst() {
        BmsError error = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x1B-bms-error.hex"), BmsError.class);

        assertThat(error).isEqualTo(new BmsError(SERIAL, PILE, 1, 0xFCF0_F0F0L, 0xFCC4_F0FCL));
        assertThat(error.timeouts()).containsExactly("BCL");
        assertThat(error.status(BmsErrorItem.BCL)).isEqualTo(TimeoutStatus.TIMEOUT);
        assertThat(error.status(BmsErrorItem.BCS)).isEqualTo(TimeoutStatus.NORMAL);
        assertThat(error.status(BmsErrorItem.BST)).isEqualTo(TimeoutStatus.NORMAL);
        assertThat(error.bmsOtherBits()).isEqualTo(0x3F);
        assertThat(error.chargerOtherBits()).isEqualTo(0x3F);
    }

    @Test
    void errorItemsInBothHalvesAndOtherFieldsAreListedInWireOrder() {
        // CRM 0x00 timeout (byte 24 bits 0-1), CSD not credible (byte 27 bits 0-1), BMS other 000101;
        // BRO timeout (byte 29 bits 2-3), BSD timeout (byte 31 bits 0-1).
        BmsError error = new BmsError(OTHER_SERIAL, PILE, 2, 0x1600_0001L, 0x0100_0400L);

        assertThat(error.timeouts()).containsExactly("CRM_00", "BRO", "BSD", BmsError.BMS_OTHER);
        assertThat(error.status(BmsErrorItem.CSD)).isEqualTo(TimeoutStatus.NOT_CREDIBLE);
        RoundTrip.recordToBytesAndBack(error);
    }

    @Test
    void bmsStopFixtureReportsTheSocTarget() {
        BmsStop stop = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x1D-bms-stop.hex"), BmsStop.class);

        assertThat(stop).isEqualTo(new BmsStop(SERIAL, PILE, 1, 0x01, 0x0000, 0xF0));
        assertThat(stop.reasons()).containsExactly("SOC_TARGET_REACHED");
        assertThat(stop.status(BmsStopItem.CHARGER_STOPPED)).isEqualTo(StopStatus.NORMAL);
    }

    @Test
    void bmsStopFaultWordItemsAreReadLeastSignificantFirst() {
        // Fault word 0x4100: battery over-temperature (bits 8-9) and other fault (bits 14-15);
        // error byte 0x08: abnormal voltage not credible (bits 2-3).
        BmsStop stop = new BmsStop(OTHER_SERIAL, PILE, 2, 0x00, 0x4100, 0x08);

        assertThat(stop.reasons()).containsExactly("BATTERY_OVER_TEMPERATURE", "OTHER_FAULT");
        assertThat(stop.status(BmsStopItem.ABNORMAL_VOLTAGE)).isEqualTo(StopStatus.NOT_CREDIBLE);
        RoundTrip.recordToBytesAndBack(stop);
    }

    @Test
    void chargerStopFixtureReportsTheBmsStop() {
        ChargerStop stop = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x21-charger-stop.hex"), ChargerStop.class);

        assertThat(stop).isEqualTo(new ChargerStop(SERIAL, PILE, 1, 0x40, 0xF000, 0xF0));
        assertThat(stop.reasons()).containsExactly("BMS_STOPPED");
        assertThat(stop.status(ChargerStopItem.CONDITION_REACHED)).isEqualTo(StopStatus.NORMAL);
    }

    @Test
    void chargerStopListsManualStopEmergencyStopAndCurrentMismatch() {
        ChargerStop stop = new ChargerStop(OTHER_SERIAL, PILE, 2, 0x04, 0x0100, 0x01);

        assertThat(stop.reasons()).containsExactly("MANUAL_STOP", "EMERGENCY_STOP", "CURRENT_MISMATCH");
        assertThat(stop.status(ChargerStopItem.EMERGENCY_STOP)).isEqualTo(StopStatus.ACTIVE);
        RoundTrip.recordToBytesAndBack(stop);
    }

    @Test
    void demandFixtureDecodesEveryFieldAndAppliesOffsets() {
        BmsDemand demand = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x23-bms-demand.hex"), BmsDemand.class);

        assertThat(demand).isEqualTo(new BmsDemand(SERIAL, PILE, 1, 4100, 2500, 0x02, 3986, 2505, 0x218E, 56, 38,
                3990, 2502, 24));
        assertThat(demand.currentDemandDeciAmps()).isEqualTo(-1500);
        assertThat(demand.measuredCurrentDeciAmps()).isEqualTo(-1495);
        assertThat(demand.outputCurrentDeciAmps()).isEqualTo(-1498);
        assertThat(demand.chargingMode()).contains(ChargingMode.CONSTANT_CURRENT);
        assertThat(demand.maxCellVoltageCentiVolts()).isEqualTo(398);
        assertThat(demand.maxCellVoltageGroup()).isEqualTo(2);
    }

    @Test
    void demandWithChargingModeZeroBeforeTheFirstBclIsKept() {
        BmsDemand demand = new BmsDemand(OTHER_SERIAL, PILE, 2, 0, 4000, 0x00, 0, 4000, 0xF000, 0, 0, 0, 4000, 0);

        RoundTrip.recordToBytesAndBack(demand);
        assertThat(demand.chargingMode()).isEqualTo(Optional.empty());
        assertThat(demand.chargingModeDescription()).isEqualTo("unknown 0x00");
        assertThat(demand.currentDemandDeciAmps()).isZero();
        assertThat(demand.maxCellVoltageGroup()).isEqualTo(15);
        assertThat(demand.maxCellVoltageCentiVolts()).isZero();
    }

    @Test
    void infoFixtureDecodesEveryFieldAndStatusLeastSignificantFirst() {
        BmsInfo info = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x25-bms-info.hex"), BmsInfo.class);

        assertThat(info).isEqualTo(new BmsInfo(SERIAL, PILE, 1, 56, 83, 6, 77, 11, 0xD000));
        assertThat(info.maxVoltageCellNo()).isEqualTo(57);
        assertThat(info.maxTemperatureCelsius()).isEqualTo(33);
        assertThat(info.maxTemperatureProbeNo()).isEqualTo(7);
        assertThat(info.minTemperatureCelsius()).isEqualTo(27);
        assertThat(info.minTemperatureProbeNo()).isEqualTo(12);
        assertThat(info.chargingPermission()).isEqualTo(ChargePermission.PERMITTED);
        assertThat(info.cellVoltageStatus()).isEqualTo(LevelStatus.NORMAL);
        assertThat(info.insulationStatus()).isEqualTo(AlarmStatus.NORMAL);
        assertThat(info.alarms()).isEmpty();
    }

    @Test
    void infoListsLevelAndAlarmItemsButNotUncredibleOnes() {
        // 0x0249: cell voltage too high (01), SOC too low (10), over-current normal (00),
        // over-temperature abnormal (01), insulation not credible (10), connector normal, charging forbidden.
        BmsInfo info = new BmsInfo(OTHER_SERIAL, PILE, 2, 0, 0, 0, 0, 0, 0x0249);

        assertThat(info.alarms()).containsExactly("CELL_VOLTAGE_TOO_HIGH", "SOC_TOO_LOW", "OVER_TEMPERATURE");
        assertThat(info.insulationStatus()).isEqualTo(AlarmStatus.NOT_CREDIBLE);
        assertThat(info.chargingPermission()).isEqualTo(ChargePermission.FORBIDDEN);
        assertThat(info.minTemperatureCelsius()).isEqualTo(-50);
        RoundTrip.recordToBytesAndBack(info);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyRecordSurvivesJsonWithoutDerivedProperties(String fixture) throws Exception {
        YkcMessage message = RoundTrip.bytesToRecordAndBack(HexFixture.load(fixture), YkcMessage.class);
        ObjectMapper mapper = new ObjectMapper();

        String json = mapper.writeValueAsString(message);
        YkcMessage back = mapper.readValue(json, message.getClass());

        assertThat(back).isEqualTo(message);
        assertThat(mapper.readTree(json).size()).as(json).isEqualTo(message.getClass().getRecordComponents().length);
        assertThat(json).contains("\"tradeSerial\":\"32010600019236012503141012300001\"");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void aBodyOneByteShortIsALengthMismatch(String fixture) {
        byte[] frame = HexFixture.load(fixture);
        CollectingListener listener = new CollectingListener();

        new FrameDecoder(listener).feed(reframedWithoutLastBodyByte(frame), 0, frame.length - 1);

        assertThat(listener.frames).isEmpty();
        assertThat(listener.rejections).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectReason.LENGTH_MISMATCH));
    }

    @Test
    void allFixturesFedOneByteAtATimeDecodeInOrder() {
        ByteArrayOutputStream session = new ByteArrayOutputStream();
        for (String fixture : FIXTURES) {
            session.writeBytes(HexFixture.load(fixture));
        }
        CollectingListener listener = new CollectingListener();
        FrameDecoder decoder = new FrameDecoder(listener);
        for (byte b : session.toByteArray()) {
            decoder.feed(new byte[] {b}, 0, 1);
        }

        assertThat(listener.rejections).isEmpty();
        assertThat(listener.frames).extracting(f -> f.message().frameType().code())
                .containsExactly(0x15, 0x17, 0x19, 0x1B, 0x1D, 0x21, 0x23, 0x25);
    }

    @Test
    void aNonDecimalGunIsABadField() {
        byte[] frame = HexFixture.load("0x1D-bms-stop.hex");
        frame[6 + 23] = (byte) 0x0A;
        CollectingListener listener = new CollectingListener();

        new FrameDecoder(listener).feed(withCrc(frame), 0, frame.length);

        assertThat(listener.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.BAD_FIELD);
            assertThat(r.detail()).contains("gun");
        });
    }

    @Test
    void outOfRangeValuesAreRefusedOnEncode() {
        assertEncodeFails(new BmsParameters(SERIAL, PILE, 1, 70_000, 1500, 600, 4500, 105, 235, 3726, 7500, 2000, 1000, 3990),
                "maxCellVoltageCentiVolts");
        assertEncodeFails(new BmsParameters(SERIAL, PILE, 1, 425, 1500, 600, 4500, 256, 235, 3726, 7500, 2000, 1000, 3990),
                "maxTemperatureRawCelsius");
        assertEncodeFails(new BmsDemand(SERIAL, PILE, 100, 4100, 2500, 2, 3986, 2505, 0x218E, 56, 38, 3990, 2502, 24), "gun");
        assertEncodeFails(new BmsDemand(SERIAL, PILE, 1, 4100, -1500, 2, 3986, 2505, 0x218E, 56, 38, 3990, 2502, 24),
                "currentDemandRawDeciAmps");
        assertEncodeFails(new BmsError(SERIAL, PILE, 1, 1L << 32, 0), "bemBits");
        assertEncodeFails(new BmsStop(SERIAL, PILE, 1, 0, 0x1_0000, 0), "faultReasonBits");
        assertEncodeFails(new ChargerStop(SERIAL, PILE, 1, 0x100, 0, 0), "stopReasonBits");
        assertEncodeFails(new BmsInfo(SERIAL, PILE, 1, -1, 83, 6, 77, 11, 0), "maxVoltageCellNoRaw");
        assertEncodeFails(new BmsChargeEnd(SERIAL, PILE, 1, 95, 412, 418, 78, 86, 52, 436, 1L << 32), "chargerNumberRaw");
        assertEncodeFails(new BmsHandshake(SERIAL, PILE, 1, 0x000101, 6, 1500, 3960, "CATL", 1, 38, 6, 15, 212, 1, 0xFF,
                "LGXCE6CB8N01234567", 0), "vin");
        assertEncodeFails(new BmsHandshake(SERIAL, PILE, 1, 0x1_000000, 6, 1500, 3960, "CATL", 1, 38, 6, 15, 212, 1, 0xFF,
                "LGXCE6CB8N0123456", 0), "bmsProtocolVersionRaw");
    }

    private static void assertEncodeFails(YkcMessage message, String field) {
        assertThatThrownBy(() -> FrameEncoder.encode(1, message, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class)
                .hasMessageStartingWith(field + ":");
    }

    /** The frame with its last body byte dropped, the length byte lowered and the CRC recomputed. */
    private static byte[] reframedWithoutLastBodyByte(byte[] frame) {
        byte[] shorter = Arrays.copyOf(frame, frame.length - 1);
        shorter[1] = (byte) ((frame[1] & 0xFF) - 1);
        return withCrc(shorter);
    }

    /** Rewrites the last two bytes as the CRC over the length byte's span, low byte first. */
    private static byte[] withCrc(byte[] frame) {
        int length = frame[1] & 0xFF;
        int crc = Crc16Modbus.compute(frame, 2, length);
        frame[2 + length] = (byte) crc;
        frame[3 + length] = (byte) (crc >>> 8);
        return frame;
    }
}
