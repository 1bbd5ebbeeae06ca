package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.live.GunState;
import io.chargeway.ykc.message.live.HardwareFault;
import io.chargeway.ykc.message.live.Holstered;
import io.chargeway.ykc.message.live.ReadRealtimeData;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

class LiveMessagesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final TradeSerial SERIAL = TradeSerial.parse("32010600019236012403151430050001");
    private static final RealtimeData CHARGING = new RealtimeData(SERIAL, PILE, 1, GunState.CHARGING, Holstered.NO, true,
            3856, 1205, 88, 123_456_789L, 56, 81, 23, 41, 178_253, 178_253, 200_535, 0);

    @Test
    void readRealtimeDataFixtureDecodes() {
        ReadRealtimeData read = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x12-read-realtime-data.hex"), ReadRealtimeData.class);

        assertThat(read).isEqualTo(new ReadRealtimeData(PILE, 1));
        RoundTrip.recordToBytesAndBack(new ReadRealtimeData(PILE, 99));
        JsonRoundTrip.assertSurvives(read);
    }

    @Test
    void chargingFixtureDecodesEveryField() {
        RealtimeData data = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x13-realtime-data.hex"), RealtimeData.class);

        assertThat(data).isEqualTo(CHARGING);
        assertThat(data.gunCableTempCelsius()).isEqualTo(38);
        assertThat(data.batteryMaxTempCelsius()).isEqualTo(31);
        assertThat(data.hardwareFaults()).isEmpty();
        assertThat(data.tradeSerial().gun()).isEqualTo(1);
    }

    @Test
    void faultFixtureDecodesEmergencyStopAndDoorOpen() {
        RealtimeData data = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x13-realtime-data-fault.hex"), RealtimeData.class);

        assertThat(data).isEqualTo(new RealtimeData(TradeSerial.ZERO, PILE, 2, GunState.FAULT, Holstered.YES, false,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x1001));
        assertThat(data.hardwareFaults()).containsExactlyInAnyOrder(HardwareFault.EMERGENCY_STOP, HardwareFault.DOOR_OPEN);
        assertThat(data.undocumentedFaultBits()).isZero();
        assertThat(data.gunCableTempCelsius()).isEqualTo(-50);
    }

    @Test
    void hardwareFaultBitNIsSpecBitNPlusOneInTheDocumentedOrder() {
        List<HardwareFault> bySpecBit = List.of(HardwareFault.EMERGENCY_STOP, HardwareFault.NO_RECTIFIER_MODULE,
                HardwareFault.AIR_OUTLET_OVER_TEMPERATURE, HardwareFault.AC_SURGE_PROTECTOR, HardwareFault.DC20_COMMUNICATION_LOST,
                HardwareFault.FC08_COMMUNICATION_LOST, HardwareFault.METER_COMMUNICATION_LOST,
                HardwareFault.CARD_READER_COMMUNICATION_LOST, HardwareFault.RC10_COMMUNICATION_LOST, HardwareFault.FAN_CONTROL_BOARD,
                HardwareFault.DC_FUSE, HardwareFault.HIGH_VOLTAGE_CONTACTOR, HardwareFault.DOOR_OPEN);

        for (int bit = 0; bit < bySpecBit.size(); bit++) {
            RealtimeData data = withFaultBits(1 << bit);
            assertThat(data.hardwareFaults()).as("word bit %d", bit).containsExactly(bySpecBit.get(bit));
            assertThat(bySpecBit.get(bit).specBit()).isEqualTo(bit + 1);
        }
        assertThat(HardwareFault.values()).hasSize(13);
    }

    @Test
    void hardwareFaultWordIsLittleEndian() {
        byte[] frame = FramePatch.body(HexFixture.load("0x13-realtime-data.hex"), 58, 0x40, 0x08);

        RealtimeData data = RoundTrip.bytesToRecordAndBack(frame, RealtimeData.class);

        assertThat(data.hardwareFaultBits()).isEqualTo(0x0840);
        assertThat(data.hardwareFaults()).containsExactlyInAnyOrder(HardwareFault.METER_COMMUNICATION_LOST,
                HardwareFault.HIGH_VOLTAGE_CONTACTOR);
    }

    @Test
    void vendorFaultBitsAreKeptButNotNamed() {
        RealtimeData data = withFaultBits(0xE002);

        assertThat(data.hardwareFaults()).containsExactly(HardwareFault.NO_RECTIFIER_MODULE);
        assertThat(data.undocumentedFaultBits()).isEqualTo(0xE000);
        assertThat(HardwareFault.wordOf(EnumSet.allOf(HardwareFault.class))).isEqualTo(HardwareFault.DOCUMENTED_BITS);
        RoundTrip.recordToBytesAndBack(data);
    }

    @Test
    void recordWithExtremeValuesRoundTripsThroughBytesAndJson() {
        RealtimeData extreme = new RealtimeData(TradeSerial.parse("99999999999999999999999999999999"), PileNo.parse("99999999999999"),
                99, GunState.OFFLINE, Holstered.UNKNOWN, true, 0xFFFF, 0xFFFF, 255, 0xEFCD_AB89_6745_2301L, 100, 255, 0xFFFF, 0xFFFF,
                0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFFFF_FFFFL, 0xFFFF);

        RoundTrip.recordToBytesAndBack(extreme);
        JsonRoundTrip.assertSurvives(extreme);
        String json = JsonRoundTrip.assertSurvives(CHARGING);
        assertThat(json).contains("\"gunState\":\"CHARGING\"").contains("\"tradeSerial\":\"32010600019236012403151430050001\"")
                .doesNotContain("frameType").doesNotContain("Celsius");
    }

    @Test
    void gunCableCodeIsReadLittleEndian() {
        byte[] frame = FramePatch.body(HexFixture.load("0x13-realtime-data.hex"), 32, 0x01, 0, 0, 0, 0, 0, 0, 0x80);

        RealtimeData data = RoundTrip.bytesToRecordAndBack(frame, RealtimeData.class);

        assertThat(data.gunCableCode()).isEqualTo(0x8000_0000_0000_0001L);
    }

    @Test
    void unknownGunStateIsABadField() {
        assertBadField(24, 0x04, "gunState");
    }

    @Test
    void unknownHolsterCodeIsABadField() {
        assertBadField(25, 0x03, "holstered");
    }

    @Test
    void plugFlagOtherThanZeroOrOneIsABadField() {
        assertBadField(26, 0x02, "plugged");
    }

    @Test
    void tradeSerialWithANonDecimalDigitIsABadField() {
        assertBadField(3, 0x1F, "tradeSerial");
    }

    @Test
    void valuesThatDoNotFitTheirFieldsFailToEncode() {
        assertEncodeFails(copy(CHARGING, 70_000, 0, 0, 0), "outputDeciVolts");
        assertEncodeFails(copy(CHARGING, 0, -1, 0, 0), "outputDeciAmps");
        assertEncodeFails(copy(CHARGING, 0, 0, 256, 0), "socPercent");
        assertEncodeFails(copy(CHARGING, 0, 0, 0, 0x1_0000_0000L), "energyDeciWh");
        assertEncodeFails(new ReadRealtimeData(PILE, 100), "gun");
    }

    private static void assertBadField(int bodyOffset, int value, String field) {
        FrameRejection rejection = FramePatch.rejectionOf(FramePatch.body(HexFixture.load("0x13-realtime-data.hex"), bodyOffset, value));

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejection.detail()).contains(field);
    }

    private static void assertEncodeFails(YkcMessage message, String field) {
        assertThatThrownBy(() -> FrameEncoder.encode(7, message, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining(field);
    }

    private static RealtimeData withFaultBits(int bits) {
        return new RealtimeData(TradeSerial.ZERO, PILE, 1, GunState.FAULT, Holstered.YES, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, bits);
    }

    /** {@code base} with a voltage, current, SOC or energy replaced where the argument is non-zero. */
    private static RealtimeData copy(RealtimeData base, int deciVolts, int deciAmps, int soc, long energy) {
        return new RealtimeData(base.tradeSerial(), base.pileNo(), base.gun(), base.gunState(), base.holstered(), base.plugged(),
                deciVolts != 0 ? deciVolts : base.outputDeciVolts(), deciAmps != 0 ? deciAmps : base.outputDeciAmps(),
                base.gunCableTempRaw(), base.gunCableCode(), soc != 0 ? soc : base.socPercent(), base.batteryMaxTempRaw(),
                base.chargingMinutes(), base.remainingMinutes(), energy != 0 ? energy : base.energyDeciWh(),
                base.lossAdjustedEnergyDeciWh(), base.amountCentiFen(), base.hardwareFaultBits());
    }
}
