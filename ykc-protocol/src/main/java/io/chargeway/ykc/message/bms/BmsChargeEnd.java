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
 * 0x19 Charge end (充电结束), pile to platform, 39-byte body (reference 6.5): the GB/T 27930
 * BSD/CSD statistics at the end of charging. All multi-byte fields LE.
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | final SOC % (1) |
 * | min cell voltage 0.01 V (2) | max cell voltage 0.01 V (2) | min temperature 1 C -50 (1) |
 * | max temperature 1 C -50 (1) | charging time min (2) | energy output 0.1 kWh (2) |
 * | charger number, offset 1 (4) |
 * </pre>
 *
 * @param tradeSerial              the session's trade serial
 * @param pileNo                   the pile number
 * @param gun                      the gun number, 1..99
 * @param finalSocPercent          state of charge at the end, in %
 * @param minCellVoltageCentiVolts lowest cell voltage in 0.01 V
 * @param maxCellVoltageCentiVolts highest cell voltage in 0.01 V
 * @param minTemperatureRawCelsius lowest battery temperature, raw (1 C, offset -50)
 * @param maxTemperatureRawCelsius highest battery temperature, raw (1 C, offset -50)
 * @param chargingMinutes          accumulated charging time in minutes
 * @param energyOutputDeciKwh      energy output by the charger in 0.1 kWh
 * @param chargerNumberRaw         charger number, raw (1 per bit, offset 1), 0..2^32-1
 */
public record BmsChargeEnd(TradeSerial tradeSerial, PileNo pileNo, int gun, int finalSocPercent, int minCellVoltageCentiVolts,
                           int maxCellVoltageCentiVolts, int minTemperatureRawCelsius, int maxTemperatureRawCelsius,
                           int chargingMinutes, int energyOutputDeciKwh, long chargerNumberRaw) implements YkcMessage {

    /** The codec of 0x19. */
    public static final BodyCodec<BmsChargeEnd> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BMS_CHARGE_END;
    }

    /** Lowest battery temperature in degrees Celsius (raw - 50). */
    public int minTemperatureCelsius() {
        return GbtEncoding.celsius(minTemperatureRawCelsius);
    }

    /** Highest battery temperature in degrees Celsius (raw - 50). */
    public int maxTemperatureCelsius() {
        return GbtEncoding.celsius(maxTemperatureRawCelsius);
    }

    /** The charger number (raw + 1). */
    public long chargerNumber() {
        return chargerNumberRaw + 1;
    }

    private static final class Codec implements BodyCodec<BmsChargeEnd> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int FINAL_SOC = 24;
        private static final int MIN_CELL_VOLTAGE = 25;
        private static final int MAX_CELL_VOLTAGE = 27;
        private static final int MIN_TEMPERATURE = 29;
        private static final int MAX_TEMPERATURE = 30;
        private static final int CHARGING_TIME = 31;
        private static final int ENERGY_OUTPUT = 33;
        private static final int CHARGER_NUMBER = 35;

        @Override
        public FrameType type() {
            return FrameType.BMS_CHARGE_END;
        }

        @Override
        public Class<BmsChargeEnd> messageClass() {
            return BmsChargeEnd.class;
        }

        @Override
        public BmsChargeEnd decode(ByteBuffer b, int o, int length) {
            return new BmsChargeEnd(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u8(b, o + FINAL_SOC),
                    LittleEndian.u16(b, o + MIN_CELL_VOLTAGE),
                    LittleEndian.u16(b, o + MAX_CELL_VOLTAGE),
                    LittleEndian.u8(b, o + MIN_TEMPERATURE),
                    LittleEndian.u8(b, o + MAX_TEMPERATURE),
                    LittleEndian.u16(b, o + CHARGING_TIME),
                    LittleEndian.u16(b, o + ENERGY_OUTPUT),
                    LittleEndian.u32(b, o + CHARGER_NUMBER));
        }

        @Override
        public void encode(BmsChargeEnd m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put8(out, "finalSocPercent", m.finalSocPercent());
            LittleEndian.put16(out, "minCellVoltageCentiVolts", m.minCellVoltageCentiVolts());
            LittleEndian.put16(out, "maxCellVoltageCentiVolts", m.maxCellVoltageCentiVolts());
            LittleEndian.put8(out, "minTemperatureRawCelsius", m.minTemperatureRawCelsius());
            LittleEndian.put8(out, "maxTemperatureRawCelsius", m.maxTemperatureRawCelsius());
            LittleEndian.put16(out, "chargingMinutes", m.chargingMinutes());
            LittleEndian.put16(out, "energyOutputDeciKwh", m.energyOutputDeciKwh());
            LittleEndian.put32(out, "chargerNumberRaw", m.chargerNumberRaw());
        }
    }
}
