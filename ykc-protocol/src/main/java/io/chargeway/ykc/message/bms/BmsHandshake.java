package io.chargeway.ykc.message.bms;

import java.nio.ByteBuffer;
import java.util.Optional;

import io.chargeway.ykc.field.Ascii;
import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x15 Charge handshake (充电握手), pile to platform, 73-byte body (reference 6.3): the vehicle's
 * GB/T 27930 BHM/BRM identification.
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | BMS protocol version (3) |
 * | battery type (1) | rated capacity 0.1 Ah (2, LE) | rated voltage 0.1 V (2, LE) |
 * | manufacturer (4, ASCII) | pack serial (4, LE) | production year - 1985 (1) | month (1) | day (1) |
 * | charge cycles (3, LE) | ownership (1) | reserved (1) | VIN (17, ASCII) | BMS software version (8) |
 * </pre>
 * The BMS software version keeps the GB/T layout: byte 1 build, byte 2 day, byte 3 month,
 * bytes 4-5 year (LE), bytes 6-8 reserved (0xFFFFFF); it is held as the 8 bytes read
 * little-endian, so the reserved bytes survive (and make the number negative).
 *
 * @param tradeSerial                the session's trade serial
 * @param pileNo                     the pile number
 * @param gun                        the gun number, 1..99
 * @param bmsProtocolVersionRaw      GB/T protocol version, 3 bytes LE: minor in bits 0-7, major in bits 8-23 (V1.1 = 0x000101)
 * @param batteryTypeCode            battery type code (informational, see {@link BatteryType})
 * @param ratedCapacityDeciAmpHours  rated capacity of the traction battery in 0.1 Ah
 * @param ratedVoltageDeciVolts      rated total voltage in 0.1 V
 * @param batteryManufacturer        battery manufacturer, 4 ASCII characters
 * @param batteryPackSerial          battery pack serial number, vendor defined, 0..2^32-1
 * @param productionYearRaw          production year minus 1985
 * @param productionMonth            production month, 1..12
 * @param productionDay              production day, 1..31
 * @param chargeCycles               charge cycle count, 0..2^24-1
 * @param ownershipCode              0 leased, 1 owned by the vehicle (informational)
 * @param reserved                   the reserved byte 47, kept so that it survives a round trip
 * @param vin                        the vehicle identification number, 17 ASCII characters
 * @param bmsSoftwareVersion         the 8 BMS software version bytes read little-endian
 */
public record BmsHandshake(TradeSerial tradeSerial, PileNo pileNo, int gun, int bmsProtocolVersionRaw, int batteryTypeCode,
                           int ratedCapacityDeciAmpHours, int ratedVoltageDeciVolts, String batteryManufacturer,
                           long batteryPackSerial, int productionYearRaw, int productionMonth, int productionDay,
                           int chargeCycles, int ownershipCode, int reserved, String vin, long bmsSoftwareVersion)
        implements YkcMessage {

    /** The codec of 0x15. */
    public static final BodyCodec<BmsHandshake> CODEC = new Codec();

    /** Offset of the production year. */
    private static final int PRODUCTION_YEAR_BASE = 1985;

    @Override
    public FrameType frameType() {
        return FrameType.BMS_HANDSHAKE;
    }

    /** The BMS protocol version as text, e.g. {@code V1.1}. */
    public String bmsProtocolVersionText() {
        return "V" + (bmsProtocolVersionRaw >>> 8) + "." + (bmsProtocolVersionRaw & 0xFF);
    }

    /** The battery type, empty for a code the reference does not list. */
    public Optional<BatteryType> batteryType() {
        return BatteryType.find(batteryTypeCode);
    }

    /** The battery type in words, {@code unknown 0xNN} for unlisted codes. */
    public String batteryTypeDescription() {
        return BatteryType.describe(batteryTypeCode);
    }

    /** The ownership in words: {@code leased}, {@code owned by vehicle} or {@code unknown 0xNN}. */
    public String ownershipDescription() {
        return switch (ownershipCode) {
            case 0 -> "leased";
            case 1 -> "owned by vehicle";
            default -> String.format("unknown 0x%02X", ownershipCode);
        };
    }

    /** The battery's production year (raw + 1985). */
    public int productionYear() {
        return productionYearRaw + PRODUCTION_YEAR_BASE;
    }

    /** The BMS software build number (version byte 1). */
    public int bmsSoftwareBuild() {
        return (int) (bmsSoftwareVersion & 0xFF);
    }

    /** The day of the BMS software version (version byte 2). */
    public int bmsSoftwareDay() {
        return (int) (bmsSoftwareVersion >>> 8 & 0xFF);
    }

    /** The month of the BMS software version (version byte 3). */
    public int bmsSoftwareMonth() {
        return (int) (bmsSoftwareVersion >>> 16 & 0xFF);
    }

    /** The year of the BMS software version (version bytes 4-5, LE). */
    public int bmsSoftwareYear() {
        return (int) (bmsSoftwareVersion >>> 24 & 0xFFFF);
    }

    private static final class Codec implements BodyCodec<BmsHandshake> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int PROTOCOL_VERSION = 24;
        private static final int BATTERY_TYPE = 27;
        private static final int RATED_CAPACITY = 28;
        private static final int RATED_VOLTAGE = 30;
        private static final int MANUFACTURER = 32;
        private static final int PACK_SERIAL = 36;
        private static final int PRODUCTION_YEAR = 40;
        private static final int PRODUCTION_MONTH = 41;
        private static final int PRODUCTION_DAY = 42;
        private static final int CHARGE_CYCLES = 43;
        private static final int OWNERSHIP = 46;
        private static final int RESERVED = 47;
        private static final int VIN = 48;
        private static final int SOFTWARE_VERSION = 65;
        private static final int MANUFACTURER_LENGTH = 4;
        private static final int VIN_LENGTH = 17;

        @Override
        public FrameType type() {
            return FrameType.BMS_HANDSHAKE;
        }

        @Override
        public Class<BmsHandshake> messageClass() {
            return BmsHandshake.class;
        }

        @Override
        public BmsHandshake decode(ByteBuffer b, int o, int length) {
            return new BmsHandshake(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u24(b, o + PROTOCOL_VERSION),
                    LittleEndian.u8(b, o + BATTERY_TYPE),
                    LittleEndian.u16(b, o + RATED_CAPACITY),
                    LittleEndian.u16(b, o + RATED_VOLTAGE),
                    Ascii.read(b, o + MANUFACTURER, MANUFACTURER_LENGTH),
                    LittleEndian.u32(b, o + PACK_SERIAL),
                    LittleEndian.u8(b, o + PRODUCTION_YEAR),
                    LittleEndian.u8(b, o + PRODUCTION_MONTH),
                    LittleEndian.u8(b, o + PRODUCTION_DAY),
                    LittleEndian.u24(b, o + CHARGE_CYCLES),
                    LittleEndian.u8(b, o + OWNERSHIP),
                    LittleEndian.u8(b, o + RESERVED),
                    Ascii.read(b, o + VIN, VIN_LENGTH),
                    LittleEndian.u32(b, o + SOFTWARE_VERSION) | LittleEndian.u32(b, o + SOFTWARE_VERSION + 4) << 32);
        }

        @Override
        public void encode(BmsHandshake m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put24(out, "bmsProtocolVersionRaw", m.bmsProtocolVersionRaw());
            LittleEndian.put8(out, "batteryTypeCode", m.batteryTypeCode());
            LittleEndian.put16(out, "ratedCapacityDeciAmpHours", m.ratedCapacityDeciAmpHours());
            LittleEndian.put16(out, "ratedVoltageDeciVolts", m.ratedVoltageDeciVolts());
            Ascii.write(out, m.batteryManufacturer(), MANUFACTURER_LENGTH, "batteryManufacturer");
            LittleEndian.put32(out, "batteryPackSerial", m.batteryPackSerial());
            LittleEndian.put8(out, "productionYearRaw", m.productionYearRaw());
            LittleEndian.put8(out, "productionMonth", m.productionMonth());
            LittleEndian.put8(out, "productionDay", m.productionDay());
            LittleEndian.put24(out, "chargeCycles", m.chargeCycles());
            LittleEndian.put8(out, "ownershipCode", m.ownershipCode());
            LittleEndian.put8(out, "reserved", m.reserved());
            Ascii.write(out, m.vin(), VIN_LENGTH, "vin");
            LittleEndian.put32(out, "bmsSoftwareVersion", m.bmsSoftwareVersion() & 0xFFFF_FFFFL);
            LittleEndian.put32(out, "bmsSoftwareVersion", m.bmsSoftwareVersion() >>> 32);
        }
    }
}
