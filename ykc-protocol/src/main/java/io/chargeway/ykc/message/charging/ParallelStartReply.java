package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0xA3 Remote parallel start reply (远程并充启机命令回复), pile to platform, 33-byte body
 * (reference 11.4), the answer to 0xA4 (open point 6: 0xA3 is the pile's reply):
 * <pre>
 * off  0 | 0x33 body (26): trade serial | pile no | gun | result | failure reason |
 * off 26 | gun role (1): 0x00 main, 0x01 auxiliary | parallel sequence (6, BCD, echoed from 0xA4) |
 * </pre>
 *
 * @param reply            the 0x33 part
 * @param gunRole          main or auxiliary gun
 * @param parallelSequence the sequence of the 0xA4
 */
public record ParallelStartReply(RemoteStartReply reply, ParallelGunRole gunRole, ParallelSequence parallelSequence)
        implements YkcMessage {

    /** The codec of 0xA3. */
    public static final BodyCodec<ParallelStartReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.PARALLEL_START_REPLY;
    }

    private static final class Codec implements BodyCodec<ParallelStartReply> {
        private static final int GUN_ROLE = FrameType.REMOTE_START_REPLY.bodyLength();
        private static final int PARALLEL_SEQUENCE = GUN_ROLE + 1;

        @Override
        public FrameType type() {
            return FrameType.PARALLEL_START_REPLY;
        }

        @Override
        public Class<ParallelStartReply> messageClass() {
            return ParallelStartReply.class;
        }

        @Override
        public ParallelStartReply decode(ByteBuffer b, int o, int length) {
            return new ParallelStartReply(
                    RemoteStartReply.CODEC.decode(b, o, GUN_ROLE),
                    ParallelGunRole.fromCode(LittleEndian.u8(b, o + GUN_ROLE)),
                    ParallelSequence.read(b, o + PARALLEL_SEQUENCE));
        }

        @Override
        public void encode(ParallelStartReply m, ByteBuffer out) {
            RemoteStartReply.CODEC.encode(m.reply(), out);
            out.put((byte) m.gunRole().code());
            m.parallelSequence().write(out);
        }
    }
}
