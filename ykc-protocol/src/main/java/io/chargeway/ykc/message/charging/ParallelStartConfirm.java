package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0xA2 Platform parallel start confirmation (运营平台确认并充启动充电), platform to pile, 44-byte
 * body (reference 11.2), the answer to 0xA1:
 * <pre>
 * off  0 | 0x32 body (38): trade serial | pile no | gun | logical card | balance | authorised | failure reason |
 * off 38 | parallel sequence (6, BCD, echoed from 0xA1) |
 * </pre>
 * The pile starts only if every gun of the parallel session was authorised.
 *
 * @param confirm          the 0x32 part
 * @param parallelSequence the sequence of the 0xA1
 */
public record ParallelStartConfirm(PileStartConfirm confirm, ParallelSequence parallelSequence) implements YkcMessage {

    /** The codec of 0xA2. */
    public static final BodyCodec<ParallelStartConfirm> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.PARALLEL_START_CONFIRM;
    }

    private static final class Codec implements BodyCodec<ParallelStartConfirm> {
        private static final int PARALLEL_SEQUENCE = FrameType.PILE_START_CONFIRM.bodyLength();

        @Override
        public FrameType type() {
            return FrameType.PARALLEL_START_CONFIRM;
        }

        @Override
        public Class<ParallelStartConfirm> messageClass() {
            return ParallelStartConfirm.class;
        }

        @Override
        public ParallelStartConfirm decode(ByteBuffer b, int o, int length) {
            return new ParallelStartConfirm(PileStartConfirm.CODEC.decode(b, o, PARALLEL_SEQUENCE),
                    ParallelSequence.read(b, o + PARALLEL_SEQUENCE));
        }

        @Override
        public void encode(ParallelStartConfirm m, ByteBuffer out) {
            PileStartConfirm.CODEC.encode(m.confirm(), out);
            m.parallelSequence().write(out);
        }
    }
}
