package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x62 Ground-lock raise/lower command (遥控地锁升锁与降锁命令), platform to pile, answered by 0x63;
 * 13-byte body (reference 9.2):
 * <pre>
 * | pile no (7, BCD) | gun (1, BIN) | command (1): 0x55 raise, 0xFF lower | reserved (4) |
 * </pre>
 *
 * @param pileNo   the pile number
 * @param gun      the gun the parking space belongs to
 * @param command  raise or lower
 * @param reserved the reserved bytes as a little-endian word (zero by the specification)
 */
public record GroundLockCommand(PileNo pileNo, int gun, LockCommand command, int reserved) implements YkcMessage {

    /** The codec of 0x62. */
    public static final BodyCodec<GroundLockCommand> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.GROUND_LOCK_COMMAND;
    }

    private static final class Codec implements BodyCodec<GroundLockCommand> {
        private static final int PILE_NO = 0;
        private static final int GUN = 7;
        private static final int COMMAND = 8;
        private static final int RESERVED = 9;

        @Override
        public FrameType type() {
            return FrameType.GROUND_LOCK_COMMAND;
        }

        @Override
        public Class<GroundLockCommand> messageClass() {
            return GroundLockCommand.class;
        }

        @Override
        public GroundLockCommand decode(ByteBuffer b, int o, int length) {
            return new GroundLockCommand(PileNo.read(b, o + PILE_NO), LittleEndian.u8(b, o + GUN),
                    LockCommand.fromCode(LittleEndian.u8(b, o + COMMAND)), (int) LittleEndian.u32(b, o + RESERVED));
        }

        @Override
        public void encode(GroundLockCommand m, ByteBuffer out) {
            m.pileNo().write(out);
            LittleEndian.put8(out, "gun", m.gun());
            out.put((byte) m.command().code());
            LittleEndian.put32(out, "reserved", Integer.toUnsignedLong(m.reserved()));
        }
    }
}
