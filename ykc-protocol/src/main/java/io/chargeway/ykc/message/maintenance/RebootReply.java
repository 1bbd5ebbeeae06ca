package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FlagByte;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x91 Remote reboot reply (远程重启应答), pile to platform answering 0x92, 8-byte body
 * (reference 10.2):
 * <pre>
 * | pile no (7, BCD) | result (1): 0x00 failed, 0x01 success |
 * </pre>
 *
 * @param pileNo  the pile number
 * @param success whether the pile accepted the reboot
 */
public record RebootReply(PileNo pileNo, boolean success) implements YkcMessage {

    /** The codec of 0x91. */
    public static final BodyCodec<RebootReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.REBOOT_REPLY;
    }

    private static final class Codec implements BodyCodec<RebootReply> {
        private static final int PILE_NO = 0;
        private static final int RESULT = 7;

        @Override
        public FrameType type() {
            return FrameType.REBOOT_REPLY;
        }

        @Override
        public Class<RebootReply> messageClass() {
            return RebootReply.class;
        }

        @Override
        public RebootReply decode(ByteBuffer b, int o, int length) {
            return new RebootReply(PileNo.read(b, o + PILE_NO), FlagByte.read(b, o + RESULT, "success", 0x00, 0x01));
        }

        @Override
        public void encode(RebootReply m, ByteBuffer out) {
            m.pileNo().write(out);
            FlagByte.write(out, m.success(), 0x00, 0x01);
        }
    }
}
