package io.chargeway.ykc.message.bms;

import java.nio.ByteBuffer;
import java.util.Optional;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x23 BMS demand and charger output (充电过程BMS需求、充电机输出), pile to platform every 15 s
 * while DC charging, 44-byte body (reference 6.9): GB/T 27930 BCL/BCS plus the pile's output.
 * All multi-byte fields LE.
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | voltage demand 0.1 V (2) |
 * | current demand 0.1 A -400 A (2) | charging mode (1) | measured voltage 0.1 V (2) |
 * | measured current 0.1 A -400 A (2) | max cell voltage word (2): bits 0-11 0.01 V, bits 12-15 group |
 * | SOC % (1) | remaining time min (2) | pile output voltage 0.1 V (2) |
 * | pile output current 0.1 A -400 A (2) | charging time min (2) |
 * </pre>
 * Currents follow GB/T 27930: raw 4000 is 0 A and charging currents come out negative (a
 * 150 A demand is raw 2500, {@code -1500} from the accessor).
 *
 * @param tradeSerial                the session's trade serial
 * @param pileNo                     the pile number
 * @param gun                        the gun number, 1..99
 * @param voltageDemandDeciVolts     BMS voltage demand in 0.1 V
 * @param currentDemandRawDeciAmps   BMS current demand, raw (0.1 A, offset -400 A)
 * @param chargingModeCode           0x01 constant voltage, 0x02 constant current (informational, see {@link ChargingMode})
 * @param measuredVoltageDeciVolts   charging voltage measured by the BMS in 0.1 V
 * @param measuredCurrentRawDeciAmps charging current measured by the BMS, raw (0.1 A, offset -400 A)
 * @param maxCellVoltageWord         highest cell voltage (bits 0-11, 0.01 V) and its group (bits 12-15)
 * @param socPercent                 current state of charge in %
 * @param remainingMinutes           BMS estimate of the remaining charging time in minutes
 * @param outputVoltageDeciVolts     pile output voltage in 0.1 V
 * @param outputCurrentRawDeciAmps   pile output current, raw (0.1 A, offset -400 A)
 * @param chargingMinutes            accumulated charging time in minutes
 */
public record BmsDemand(TradeSerial tradeSerial, PileNo pileNo, int gun, int voltageDemandDeciVolts,
                        int currentDemandRawDeciAmps, int chargingModeCode, int measuredVoltageDeciVolts,
                        int measuredCurrentRawDeciAmps, int maxCellVoltageWord, int socPercent, int remainingMinutes,
                        int outputVoltageDeciVolts, int outputCurrentRawDeciAmps, int chargingMinutes) implements YkcMessage {

    /** The codec of 0x23. */
    public static final BodyCodec<BmsDemand> CODEC = new Codec();

    private static final int CELL_VOLTAGE_MASK = 0x0FFF;
    private static final int GROUP_SHIFT = 12;

    @Override
    public FrameType frameType() {
        return FrameType.BMS_DEMAND;
    }

    /** BMS current demand in signed 0.1 A (raw - 4000; negative while charging per GB/T). */
    public int currentDemandDeciAmps() {
        return GbtEncoding.deciAmps(currentDemandRawDeciAmps);
    }

    /** Charging current measured by the BMS in signed 0.1 A (raw - 4000). */
    public int measuredCurrentDeciAmps() {
        return GbtEncoding.deciAmps(measuredCurrentRawDeciAmps);
    }

    /** Pile output current in signed 0.1 A (raw - 4000). */
    public int outputCurrentDeciAmps() {
        return GbtEncoding.deciAmps(outputCurrentRawDeciAmps);
    }

    /** The charging mode, empty for anything but 0x01 and 0x02. */
    public Optional<ChargingMode> chargingMode() {
        return ChargingMode.find(chargingModeCode);
    }

    /** The charging mode in words, {@code unknown 0xNN} for other codes. */
    public String chargingModeDescription() {
        return ChargingMode.describe(chargingModeCode);
    }

    /** The highest cell voltage in 0.01 V (bits 0-11 of the word). */
    public int maxCellVoltageCentiVolts() {
        return maxCellVoltageWord & CELL_VOLTAGE_MASK;
    }

    /** The group number of the cell with the highest voltage, 0..15 (bits 12-15 of the word). */
    public int maxCellVoltageGroup() {
        return maxCellVoltageWord >>> GROUP_SHIFT & 0x0F;
    }

    private static final class Codec implements BodyCodec<BmsDemand> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int VOLTAGE_DEMAND = 24;
        private static final int CURRENT_DEMAND = 26;
        private static final int CHARGING_MODE = 28;
        private static final int MEASURED_VOLTAGE = 29;
        private static final int MEASURED_CURRENT = 31;
        private static final int MAX_CELL_VOLTAGE = 33;
        private static final int SOC = 35;
        private static final int REMAINING_TIME = 36;
        private static final int OUTPUT_VOLTAGE = 38;
        private static final int OUTPUT_CURRENT = 40;
        private static final int CHARGING_TIME = 42;

        @Override
        public FrameType type() {
            return FrameType.BMS_DEMAND;
        }

        @Override
        public Class<BmsDemand> messageClass() {
            return BmsDemand.class;
        }

        @Override
        public BmsDemand decode(ByteBuffer b, int o, int length) {
            return new BmsDemand(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u16(b, o + VOLTAGE_DEMAND),
                    LittleEndian.u16(b, o + CURRENT_DEMAND),
                    LittleEndian.u8(b, o + CHARGING_MODE),
                    LittleEndian.u16(b, o + MEASURED_VOLTAGE),
                    LittleEndian.u16(b, o + MEASURED_CURRENT),
                    LittleEndian.u16(b, o + MAX_CELL_VOLTAGE),
                    LittleEndian.u8(b, o + SOC),
                    LittleEndian.u16(b, o + REMAINING_TIME),
                    LittleEndian.u16(b, o + OUTPUT_VOLTAGE),
                    LittleEndian.u16(b, o + OUTPUT_CURRENT),
                    LittleEndian.u16(b, o + CHARGING_TIME));
        }

        @Override
        public void encode(BmsDemand m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put16(out, "voltageDemandDeciVolts", m.voltageDemandDeciVolts());
            LittleEndian.put16(out, "currentDemandRawDeciAmps", m.currentDemandRawDeciAmps());
            LittleEndian.put8(out, "chargingModeCode", m.chargingModeCode());
            LittleEndian.put16(out, "measuredVoltageDeciVolts", m.measuredVoltageDeciVolts());
            LittleEndian.put16(out, "measuredCurrentRawDeciAmps", m.measuredCurrentRawDeciAmps());
            LittleEndian.put16(out, "maxCellVoltageWord", m.maxCellVoltageWord());
            LittleEndian.put8(out, "socPercent", m.socPercent());
            LittleEndian.put16(out, "remainingMinutes", m.remainingMinutes());
            LittleEndian.put16(out, "outputVoltageDeciVolts", m.outputVoltageDeciVolts());
            LittleEndian.put16(out, "outputCurrentRawDeciAmps", m.outputCurrentRawDeciAmps());
            LittleEndian.put16(out, "chargingMinutes", m.chargingMinutes());
        }
    }
}
