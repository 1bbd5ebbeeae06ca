package io.chargeway.ykc.message.live;

import java.nio.ByteBuffer;
import java.util.Set;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x13 Real-time monitoring data (上传实时监测数据), pile to platform every 5 min when idle, every
 * 15 s while charging, on every change of state or plug, and on request (0x12); also the frame a
 * pile stores while offline and uploads after login. No reply. 60-byte body (reference 6.2):
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | state (1) | holstered (1) | plugged (1) |
 * | output voltage (2, LE, 0.1 V) | output current (2, LE, 0.1 A) | gun cable temp (1, +50 C) |
 * | gun cable code (8, LE) | SOC (1, %) | battery max temp (1, +50 C) | charging time (2, LE, min) |
 * | remaining time (2, LE, min) | energy (4, LE, 0.0001 kWh) | loss-adjusted energy (4, LE, 0.0001 kWh) |
 * | amount (4, LE, 0.0001 yuan) | hardware faults (2, LE bit field, see {@link HardwareFault}) |
 * </pre>
 * Temperatures are kept as the raw bytes so that the idle value 0 survives; the {@code ...Celsius}
 * accessors apply the -50 offset.
 *
 * @param tradeSerial              the session's serial, {@link TradeSerial#ZERO} when idle
 * @param pileNo                   the pile number
 * @param gun                      the gun number, 1..99
 * @param gunState                 offline, fault, idle or charging
 * @param holstered                whether the gun is back in its holder
 * @param plugged                  whether the gun is plugged into a vehicle
 * @param outputDeciVolts          output voltage in 0.1 V, 0 when idle
 * @param outputDeciAmps           output current in 0.1 A, 0 when idle
 * @param gunCableTempRaw          gun cable temperature byte: degrees C + 50 (0 when idle)
 * @param gunCableCode             the gun cable code (枪线编码), 0 if none
 * @param socPercent               state of charge, 0 when idle and on AC piles
 * @param batteryMaxTempRaw        highest battery pack temperature byte: degrees C + 50 (0 when idle / AC)
 * @param chargingMinutes          accumulated charging time
 * @param remainingMinutes         estimated remaining time, 0 when idle / AC
 * @param energyDeciWh             energy charged in 0.0001 kWh (0.1 Wh)
 * @param lossAdjustedEnergyDeciWh loss-adjusted energy in 0.0001 kWh, equal to the energy with loss ratio 0
 * @param amountCentiFen           amount charged in 0.0001 yuan (0.01 fen)
 * @param hardwareFaultBits        the raw fault word, kept whole so that vendor bits 13..15 survive
 */
public record RealtimeData(TradeSerial tradeSerial, PileNo pileNo, int gun, GunState gunState, Holstered holstered,
                           boolean plugged, int outputDeciVolts, int outputDeciAmps, int gunCableTempRaw, long gunCableCode,
                           int socPercent, int batteryMaxTempRaw, int chargingMinutes, int remainingMinutes, long energyDeciWh,
                           long lossAdjustedEnergyDeciWh, long amountCentiFen, int hardwareFaultBits) implements YkcMessage {

    /** The codec of 0x13. */
    public static final BodyCodec<RealtimeData> CODEC = new Codec();

    /** Temperature bytes carry degrees Celsius plus this offset. */
    public static final int TEMPERATURE_OFFSET = 50;

    @Override
    public FrameType frameType() {
        return FrameType.REALTIME_DATA;
    }

    /** The gun cable temperature in degrees Celsius (-50 when the pile sends 0 while idle). */
    public int gunCableTempCelsius() {
        return gunCableTempRaw - TEMPERATURE_OFFSET;
    }

    /** The highest battery pack temperature in degrees Celsius (-50 when the pile sends 0). */
    public int batteryMaxTempCelsius() {
        return batteryMaxTempRaw - TEMPERATURE_OFFSET;
    }

    /** The documented hardware faults that are active; empty when there is none. */
    public Set<HardwareFault> hardwareFaults() {
        return HardwareFault.activeIn(hardwareFaultBits);
    }

    /** The set bits outside the 13 documented ones (vendor-specific use of bits 13..15). */
    public int undocumentedFaultBits() {
        return hardwareFaultBits & ~HardwareFault.DOCUMENTED_BITS;
    }

    private static final class Codec implements BodyCodec<RealtimeData> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int GUN_STATE = 24;
        private static final int HOLSTERED = 25;
        private static final int PLUGGED = 26;
        private static final int OUTPUT_VOLTAGE = 27;
        private static final int OUTPUT_CURRENT = 29;
        private static final int GUN_CABLE_TEMP = 31;
        private static final int GUN_CABLE_CODE = 32;
        private static final int SOC = 40;
        private static final int BATTERY_MAX_TEMP = 41;
        private static final int CHARGING_TIME = 42;
        private static final int REMAINING_TIME = 44;
        private static final int ENERGY = 46;
        private static final int LOSS_ADJUSTED_ENERGY = 50;
        private static final int AMOUNT = 54;
        private static final int HARDWARE_FAULTS = 58;

        @Override
        public FrameType type() {
            return FrameType.REALTIME_DATA;
        }

        @Override
        public Class<RealtimeData> messageClass() {
            return RealtimeData.class;
        }

        @Override
        public RealtimeData decode(ByteBuffer b, int o, int length) {
            return new RealtimeData(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    GunState.fromCode(LittleEndian.u8(b, o + GUN_STATE)),
                    Holstered.fromCode(LittleEndian.u8(b, o + HOLSTERED)),
                    FlagByte.read(b, o + PLUGGED, "plugged", 0x00, 0x01),
                    LittleEndian.u16(b, o + OUTPUT_VOLTAGE),
                    LittleEndian.u16(b, o + OUTPUT_CURRENT),
                    LittleEndian.u8(b, o + GUN_CABLE_TEMP),
                    LittleEndian.u32(b, o + GUN_CABLE_CODE) | LittleEndian.u32(b, o + GUN_CABLE_CODE + 4) << 32,
                    LittleEndian.u8(b, o + SOC),
                    LittleEndian.u8(b, o + BATTERY_MAX_TEMP),
                    LittleEndian.u16(b, o + CHARGING_TIME),
                    LittleEndian.u16(b, o + REMAINING_TIME),
                    LittleEndian.u32(b, o + ENERGY),
                    LittleEndian.u32(b, o + LOSS_ADJUSTED_ENERGY),
                    LittleEndian.u32(b, o + AMOUNT),
                    LittleEndian.u16(b, o + HARDWARE_FAULTS));
        }

        @Override
        public void encode(RealtimeData m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            out.put((byte) m.gunState().code());
            out.put((byte) m.holstered().code());
            FlagByte.write(out, m.plugged(), 0x00, 0x01);
            LittleEndian.put16(out, "outputDeciVolts", m.outputDeciVolts());
            LittleEndian.put16(out, "outputDeciAmps", m.outputDeciAmps());
            LittleEndian.put8(out, "gunCableTempRaw", m.gunCableTempRaw());
            LittleEndian.put32(out, "gunCableCode", m.gunCableCode() & 0xFFFF_FFFFL);
            LittleEndian.put32(out, "gunCableCode", m.gunCableCode() >>> 32);
            LittleEndian.put8(out, "socPercent", m.socPercent());
            LittleEndian.put8(out, "batteryMaxTempRaw", m.batteryMaxTempRaw());
            LittleEndian.put16(out, "chargingMinutes", m.chargingMinutes());
            LittleEndian.put16(out, "remainingMinutes", m.remainingMinutes());
            LittleEndian.put32(out, "energyDeciWh", m.energyDeciWh());
            LittleEndian.put32(out, "lossAdjustedEnergyDeciWh", m.lossAdjustedEnergyDeciWh());
            LittleEndian.put32(out, "amountCentiFen", m.amountCentiFen());
            LittleEndian.put16(out, "hardwareFaultBits", m.hardwareFaultBits());
        }
    }
}
