package io.chargeway.ykc.message.bms;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x25 BMS information (充电过程BMS信息), pile to platform every 15 s while DC charging, 31-byte
 * body (reference 6.10): the GB/T 27930 BSM content, status items packed least-significant
 * first in one little-endian word (open point 8):
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | max-voltage cell no, offset 1 (1) |
 * | max temperature 1 C -50 (1) | its probe no, offset 1 (1) | min temperature 1 C -50 (1) |
 * | its probe no, offset 1 (1) | status word (2, LE) |
 *
 *  status bits 0-1 cell voltage | 2-3 SOC        (00 normal, 01 too high, 10 too low)
 *              4-5 over-current | 6-7 over-temperature | 8-9 insulation | 10-11 output connector
 *                                                (00 normal, 01 abnormal, 10 not credible)
 *              12-13 charging permitted (00 forbidden, 01 permitted) | 14-15 reserved
 * </pre>
 *
 * @param tradeSerial              the session's trade serial
 * @param pileNo                   the pile number
 * @param gun                      the gun number, 1..99
 * @param maxVoltageCellNoRaw      number of the cell with the highest voltage, raw (offset 1)
 * @param maxTemperatureRawCelsius highest battery temperature, raw (1 C, offset -50)
 * @param maxTemperatureProbeNoRaw number of the probe with the highest temperature, raw (offset 1)
 * @param minTemperatureRawCelsius lowest battery temperature, raw (1 C, offset -50)
 * @param minTemperatureProbeNoRaw number of the probe with the lowest temperature, raw (offset 1)
 * @param statusBits               body bytes 29-30 as a little-endian word, reserved bits included
 */
public record BmsInfo(TradeSerial tradeSerial, PileNo pileNo, int gun, int maxVoltageCellNoRaw, int maxTemperatureRawCelsius,
                      int maxTemperatureProbeNoRaw, int minTemperatureRawCelsius, int minTemperatureProbeNoRaw,
                      int statusBits) implements YkcMessage {

    /** The codec of 0x25. */
    public static final BodyCodec<BmsInfo> CODEC = new Codec();

    private static final int CELL_VOLTAGE = 0;
    private static final int SOC = 2;
    private static final int OVER_CURRENT = 4;
    private static final int OVER_TEMPERATURE = 6;
    private static final int INSULATION = 8;
    private static final int OUTPUT_CONNECTOR = 10;
    private static final int CHARGING_PERMITTED = 12;

    @Override
    public FrameType frameType() {
        return FrameType.BMS_INFO;
    }

    /** Number of the cell with the highest voltage (raw + 1). */
    public int maxVoltageCellNo() {
        return maxVoltageCellNoRaw + 1;
    }

    /** Highest battery temperature in degrees Celsius (raw - 50). */
    public int maxTemperatureCelsius() {
        return GbtEncoding.celsius(maxTemperatureRawCelsius);
    }

    /** Number of the probe with the highest temperature (raw + 1). */
    public int maxTemperatureProbeNo() {
        return maxTemperatureProbeNoRaw + 1;
    }

    /** Lowest battery temperature in degrees Celsius (raw - 50). */
    public int minTemperatureCelsius() {
        return GbtEncoding.celsius(minTemperatureRawCelsius);
    }

    /** Number of the probe with the lowest temperature (raw + 1). */
    public int minTemperatureProbeNo() {
        return minTemperatureProbeNoRaw + 1;
    }

    /** Cell voltage level (status bits 0-1). */
    public LevelStatus cellVoltageStatus() {
        return LevelStatus.fromBits(GbtEncoding.twoBits(statusBits, CELL_VOLTAGE));
    }

    /** SOC level (status bits 2-3). */
    public LevelStatus socStatus() {
        return LevelStatus.fromBits(GbtEncoding.twoBits(statusBits, SOC));
    }

    /** Charging over-current (status bits 4-5). */
    public AlarmStatus overCurrentStatus() {
        return AlarmStatus.fromBits(GbtEncoding.twoBits(statusBits, OVER_CURRENT));
    }

    /** Battery over-temperature (status bits 6-7). */
    public AlarmStatus overTemperatureStatus() {
        return AlarmStatus.fromBits(GbtEncoding.twoBits(statusBits, OVER_TEMPERATURE));
    }

    /** Battery insulation (status bits 8-9). */
    public AlarmStatus insulationStatus() {
        return AlarmStatus.fromBits(GbtEncoding.twoBits(statusBits, INSULATION));
    }

    /** Battery pack output connector (status bits 10-11). */
    public AlarmStatus outputConnectorStatus() {
        return AlarmStatus.fromBits(GbtEncoding.twoBits(statusBits, OUTPUT_CONNECTOR));
    }

    /** Whether the BMS permits charging (status bits 12-13). */
    public ChargePermission chargingPermission() {
        return ChargePermission.fromBits(GbtEncoding.twoBits(statusBits, CHARGING_PERMITTED));
    }

    /**
     * The active alarms in wire order: {@code CELL_VOLTAGE_TOO_HIGH}, {@code CELL_VOLTAGE_TOO_LOW},
     * {@code SOC_TOO_HIGH}, {@code SOC_TOO_LOW}, {@code OVER_CURRENT}, {@code OVER_TEMPERATURE},
     * {@code INSULATION_FAULT}, {@code OUTPUT_CONNECTOR_FAULT}. Items that are not credible or not
     * available are not listed, nor is the charging permission; empty when all is normal.
     */
    public List<String> alarms() {
        List<String> names = new ArrayList<>();
        addLevel(names, "CELL_VOLTAGE", cellVoltageStatus());
        addLevel(names, "SOC", socStatus());
        addAlarm(names, "OVER_CURRENT", overCurrentStatus());
        addAlarm(names, "OVER_TEMPERATURE", overTemperatureStatus());
        addAlarm(names, "INSULATION_FAULT", insulationStatus());
        addAlarm(names, "OUTPUT_CONNECTOR_FAULT", outputConnectorStatus());
        return List.copyOf(names);
    }

    private static void addLevel(List<String> names, String item, LevelStatus status) {
        if (status == LevelStatus.TOO_HIGH || status == LevelStatus.TOO_LOW) {
            names.add(item + "_" + status.name());
        }
    }

    private static void addAlarm(List<String> names, String item, AlarmStatus status) {
        if (status == AlarmStatus.ABNORMAL) {
            names.add(item);
        }
    }

    private static final class Codec implements BodyCodec<BmsInfo> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int MAX_VOLTAGE_CELL = 24;
        private static final int MAX_TEMPERATURE = 25;
        private static final int MAX_TEMPERATURE_PROBE = 26;
        private static final int MIN_TEMPERATURE = 27;
        private static final int MIN_TEMPERATURE_PROBE = 28;
        private static final int STATUS = 29;

        @Override
        public FrameType type() {
            return FrameType.BMS_INFO;
        }

        @Override
        public Class<BmsInfo> messageClass() {
            return BmsInfo.class;
        }

        @Override
        public BmsInfo decode(ByteBuffer b, int o, int length) {
            return new BmsInfo(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u8(b, o + MAX_VOLTAGE_CELL),
                    LittleEndian.u8(b, o + MAX_TEMPERATURE),
                    LittleEndian.u8(b, o + MAX_TEMPERATURE_PROBE),
                    LittleEndian.u8(b, o + MIN_TEMPERATURE),
                    LittleEndian.u8(b, o + MIN_TEMPERATURE_PROBE),
                    LittleEndian.u16(b, o + STATUS));
        }

        @Override
        public void encode(BmsInfo m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put8(out, "maxVoltageCellNoRaw", m.maxVoltageCellNoRaw());
            LittleEndian.put8(out, "maxTemperatureRawCelsius", m.maxTemperatureRawCelsius());
            LittleEndian.put8(out, "maxTemperatureProbeNoRaw", m.maxTemperatureProbeNoRaw());
            LittleEndian.put8(out, "minTemperatureRawCelsius", m.minTemperatureRawCelsius());
            LittleEndian.put8(out, "minTemperatureProbeNoRaw", m.minTemperatureProbeNoRaw());
            LittleEndian.put16(out, "statusBits", m.statusBits());
        }
    }
}
