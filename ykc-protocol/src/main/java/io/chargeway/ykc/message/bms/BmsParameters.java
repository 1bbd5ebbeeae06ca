package io.chargeway.ykc.message.bms;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x17 Parameter configuration (参数配置), pile to platform, 45-byte body (reference 6.4): the
 * battery's GB/T 27930 BCP limits and the charger's CML output range. All multi-byte fields LE.
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | max cell voltage 0.01 V (2) |
 * | max charging current 0.1 A -400 A (2) | nominal energy 0.1 kWh (2) | max total voltage 0.1 V (2) |
 * | max temperature 1 C -50 (1) | SOC 0.1 % (2) | battery voltage 0.1 V (2) |
 * | pile max voltage 0.1 V (2) | pile min voltage 0.1 V (2) |
 * | pile max current 0.1 A -400 A (2) | pile min current 0.1 A -400 A (2) |
 * </pre>
 * Currents follow GB/T 27930: raw 4000 is 0 A and charging currents come out negative
 * (a 250 A limit is raw 1500, {@code -2500} from the accessor).
 *
 * @param tradeSerial                   the session's trade serial
 * @param pileNo                        the pile number
 * @param gun                           the gun number, 1..99
 * @param maxCellVoltageCentiVolts      max allowed cell charging voltage in 0.01 V
 * @param maxChargingCurrentRawDeciAmps max allowed charging current, raw (0.1 A, offset -400 A)
 * @param nominalEnergyDeciKwh          nominal total battery energy in 0.1 kWh
 * @param maxTotalVoltageDeciVolts      max allowed total charging voltage in 0.1 V
 * @param maxTemperatureRawCelsius      max allowed battery temperature, raw (1 C, offset -50)
 * @param socPermille                   vehicle state of charge in 0.1 %
 * @param batteryVoltageDeciVolts       current total battery voltage in 0.1 V
 * @param pileMaxVoltageDeciVolts       pile maximum output voltage in 0.1 V
 * @param pileMinVoltageDeciVolts       pile minimum output voltage in 0.1 V
 * @param pileMaxCurrentRawDeciAmps     pile maximum output current, raw (0.1 A, offset -400 A)
 * @param pileMinCurrentRawDeciAmps     pile minimum output current, raw (0.1 A, offset -400 A)
 */
public record BmsParameters(TradeSerial tradeSerial, PileNo pileNo, int gun, int maxCellVoltageCentiVolts,
                            int maxChargingCurrentRawDeciAmps, int nominalEnergyDeciKwh, int maxTotalVoltageDeciVolts,
                            int maxTemperatureRawCelsius, int socPermille, int batteryVoltageDeciVolts,
                            int pileMaxVoltageDeciVolts, int pileMinVoltageDeciVolts, int pileMaxCurrentRawDeciAmps,
                            int pileMinCurrentRawDeciAmps) implements YkcMessage {

    /** The codec of 0x17. */
    public static final BodyCodec<BmsParameters> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BMS_PARAMETERS;
    }

    /** Max allowed charging current in signed 0.1 A (raw - 4000; negative while charging per GB/T). */
    public int maxChargingCurrentDeciAmps() {
        return GbtEncoding.deciAmps(maxChargingCurrentRawDeciAmps);
    }

    /** Max allowed battery temperature in degrees Celsius (raw - 50). */
    public int maxTemperatureCelsius() {
        return GbtEncoding.celsius(maxTemperatureRawCelsius);
    }

    /** Pile maximum output current in signed 0.1 A (raw - 4000). */
    public int pileMaxCurrentDeciAmps() {
        return GbtEncoding.deciAmps(pileMaxCurrentRawDeciAmps);
    }

    /** Pile minimum output current in signed 0.1 A (raw - 4000). */
    public int pileMinCurrentDeciAmps() {
        return GbtEncoding.deciAmps(pileMinCurrentRawDeciAmps);
    }

    private static final class Codec implements BodyCodec<BmsParameters> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int MAX_CELL_VOLTAGE = 24;
        private static final int MAX_CHARGING_CURRENT = 26;
        private static final int NOMINAL_ENERGY = 28;
        private static final int MAX_TOTAL_VOLTAGE = 30;
        private static final int MAX_TEMPERATURE = 32;
        private static final int SOC = 33;
        private static final int BATTERY_VOLTAGE = 35;
        private static final int PILE_MAX_VOLTAGE = 37;
        private static final int PILE_MIN_VOLTAGE = 39;
        private static final int PILE_MAX_CURRENT = 41;
        private static final int PILE_MIN_CURRENT = 43;

        @Override
        public FrameType type() {
            return FrameType.BMS_PARAMETERS;
        }

        @Override
        public Class<BmsParameters> messageClass() {
            return BmsParameters.class;
        }

        @Override
        public BmsParameters decode(ByteBuffer b, int o, int length) {
            return new BmsParameters(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u16(b, o + MAX_CELL_VOLTAGE),
                    LittleEndian.u16(b, o + MAX_CHARGING_CURRENT),
                    LittleEndian.u16(b, o + NOMINAL_ENERGY),
                    LittleEndian.u16(b, o + MAX_TOTAL_VOLTAGE),
                    LittleEndian.u8(b, o + MAX_TEMPERATURE),
                    LittleEndian.u16(b, o + SOC),
                    LittleEndian.u16(b, o + BATTERY_VOLTAGE),
                    LittleEndian.u16(b, o + PILE_MAX_VOLTAGE),
                    LittleEndian.u16(b, o + PILE_MIN_VOLTAGE),
                    LittleEndian.u16(b, o + PILE_MAX_CURRENT),
                    LittleEndian.u16(b, o + PILE_MIN_CURRENT));
        }

        @Override
        public void encode(BmsParameters m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put16(out, "maxCellVoltageCentiVolts", m.maxCellVoltageCentiVolts());
            LittleEndian.put16(out, "maxChargingCurrentRawDeciAmps", m.maxChargingCurrentRawDeciAmps());
            LittleEndian.put16(out, "nominalEnergyDeciKwh", m.nominalEnergyDeciKwh());
            LittleEndian.put16(out, "maxTotalVoltageDeciVolts", m.maxTotalVoltageDeciVolts());
            LittleEndian.put8(out, "maxTemperatureRawCelsius", m.maxTemperatureRawCelsius());
            LittleEndian.put16(out, "socPermille", m.socPermille());
            LittleEndian.put16(out, "batteryVoltageDeciVolts", m.batteryVoltageDeciVolts());
            LittleEndian.put16(out, "pileMaxVoltageDeciVolts", m.pileMaxVoltageDeciVolts());
            LittleEndian.put16(out, "pileMinVoltageDeciVolts", m.pileMinVoltageDeciVolts());
            LittleEndian.put16(out, "pileMaxCurrentRawDeciAmps", m.pileMaxCurrentRawDeciAmps());
            LittleEndian.put16(out, "pileMinCurrentRawDeciAmps", m.pileMinCurrentRawDeciAmps());
        }
    }
}
