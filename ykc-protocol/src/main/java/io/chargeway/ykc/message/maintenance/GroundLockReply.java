package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x63 Ground-lock command reply (充电桩返回数据), pile to platform answering 0x62; 13-byte body
 * (reference 9.3):
 * <pre>
 * | pile no (7, BCD) | gun (1, BIN) | result (1): 0x01 success, 0x00 failure | reserved (4) |
 * </pre>
 *
 * @param pileNo   the pile number
 * @param gun      the gun the parking space belongs to
 * @param success  whether the lock moved as commanded
 * @param reserved the reserved bytes as a little-endian word (zero by the specification)
 */
public record GroundLockReply(PileNo pileNo, int gun, boolean success, int reserved) implements YkcMessage {

    /** The codec of 0x63. */
    public static final BodyCodec<GroundLockReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.GROUND_LOCK_REPLY;
    }

    private static final class Codec implements BodyCodec<GroundLockReply> {
        private static final int PILE_NO = 0;
        private static final int GUN = 7;
        private static final int RESULT = 8;
        private static final int RESERVED = 9;

        @Override
        public FrameType type() {
            return FrameType.GROUND_LOCK_REPLY;
        }

        @Override
        public Class<GroundLockReply> messageClass() {
            return GroundLockReply.class;
        }

        @Override
        public GroundLockReply decode(ByteBuffer b, int o, int length) {
            return new GroundLockReply(PileNo.read(b, o + PILE_NO), LittleEndian.u8(b, o + GUN),
                    FlagByte.read(b, o + RESULT, "success", 0x00, 0x01), (int) LittleEndian.u32(b, o + RESERVED));
        }

        @Override
        public void encode(GroundLockReply m, ByteBuffer out) {
            m.pileNo().write(out);
            LittleEndian.put8(out, "gun", m.gun());
            FlagByte.write(out, m.success(), 0x00, 0x01);
            LittleEndian.put32(out, "reserved", Integer.toUnsignedLong(m.reserved()));
        }
    }
}
