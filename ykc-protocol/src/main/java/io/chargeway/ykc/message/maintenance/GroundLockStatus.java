package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;
import java.util.Optional;

import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x61 Ground-lock status (地锁数据上送), pile to platform at once on a change or alarm and every
 * 5 min otherwise; no reply. 16-byte body (reference 9.1):
 * <pre>
 * | pile no (7, BCD) | gun (1, BIN) | lock state (1): 0x00 moving, 0x55 raised, 0xFF lowered |
 * | parking space (1): 0x00 empty, 0xFF parked | battery (1, %) | alarm (1): 0x00 none, 0xFF damaged, 0x55 move failed |
 * | reserved (4) |
 * </pre>
 * The gun is BIN here (BCD elsewhere); for guns 1..9 the byte is the same.
 *
 * @param pileNo         the pile number
 * @param gun            the gun the parking space belongs to
 * @param lockState      the lock's position
 * @param vehicleParked  whether a vehicle is in the space
 * @param batteryPercent the lock's battery level, 0..100
 * @param alarmCode      the raw alarm byte, see {@link #alarm()}
 * @param reserved       the reserved bytes as a little-endian word (zero by the specification)
 */
public record GroundLockStatus(PileNo pileNo, int gun, LockState lockState, boolean vehicleParked, int batteryPercent,
                               int alarmCode, int reserved) implements YkcMessage {

    /** The codec of 0x61. */
    public static final BodyCodec<GroundLockStatus> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.GROUND_LOCK_STATUS;
    }

    /** The documented alarm of {@link #alarmCode()}, or empty for a code the reference does not list. */
    public Optional<LockAlarm> alarm() {
        return LockAlarm.find(alarmCode);
    }

    private static final class Codec implements BodyCodec<GroundLockStatus> {
        private static final int PILE_NO = 0;
        private static final int GUN = 7;
        private static final int LOCK_STATE = 8;
        private static final int PARKING_SPACE = 9;
        private static final int BATTERY = 10;
        private static final int ALARM = 11;
        private static final int RESERVED = 12;
        private static final int EMPTY = 0x00;
        private static final int PARKED = 0xFF;

        @Override
        public FrameType type() {
            return FrameType.GROUND_LOCK_STATUS;
        }

        @Override
        public Class<GroundLockStatus> messageClass() {
            return GroundLockStatus.class;
        }

        @Override
        public GroundLockStatus decode(ByteBuffer b, int o, int length) {
            return new GroundLockStatus(
                    PileNo.read(b, o + PILE_NO),
                    LittleEndian.u8(b, o + GUN),
                    LockState.fromCode(LittleEndian.u8(b, o + LOCK_STATE)),
                    FlagByte.read(b, o + PARKING_SPACE, "vehicleParked", EMPTY, PARKED),
                    LittleEndian.u8(b, o + BATTERY),
                    LittleEndian.u8(b, o + ALARM),
                    (int) LittleEndian.u32(b, o + RESERVED));
        }

        @Override
        public void encode(GroundLockStatus m, ByteBuffer out) {
            m.pileNo().write(out);
            LittleEndian.put8(out, "gun", m.gun());
            out.put((byte) m.lockState().code());
            FlagByte.write(out, m.vehicleParked(), EMPTY, PARKED);
            LittleEndian.put8(out, "batteryPercent", m.batteryPercent());
            LittleEndian.put8(out, "alarmCode", m.alarmCode());
            LittleEndian.put32(out, "reserved", Integer.toUnsignedLong(m.reserved()));
        }
    }
}
