package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x51 Work parameter setting reply (充电桩工作参数设置应答), pile to platform answering 0x52, 8-byte body
 * (reference 8.2):
 * <pre>
 * | pile no (7, BCD) | result (1): 0x00 failed, 0x01 success |
 * </pre>
 *
 * @param pileNo  the pile number
 * @param success whether the pile applied the work parameters
 */
public record WorkParameterReply(PileNo pileNo, boolean success) implements YkcMessage {

    /** The codec of 0x51. */
    public static final BodyCodec<WorkParameterReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.WORK_PARAMETER_REPLY;
    }

    private static final class Codec implements BodyCodec<WorkParameterReply> {
        private static final int PILE_NO = 0;
        private static final int RESULT = 7;

        @Override
        public FrameType type() {
            return FrameType.WORK_PARAMETER_REPLY;
        }

        @Override
        public Class<WorkParameterReply> messageClass() {
            return WorkParameterReply.class;
        }

        @Override
        public WorkParameterReply decode(ByteBuffer b, int o, int length) {
            return new WorkParameterReply(PileNo.read(b, o + PILE_NO), FlagByte.read(b, o + RESULT, "success", 0x00, 0x01));
        }

        @Override
        public void encode(WorkParameterReply m, ByteBuffer out) {
            m.pileNo().write(out);
            FlagByte.write(out, m.success(), 0x00, 0x01);
        }
    }
}
