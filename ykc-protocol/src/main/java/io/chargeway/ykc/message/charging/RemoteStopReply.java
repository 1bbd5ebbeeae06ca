package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x35 Remote stop reply (远程停机命令回复), pile to platform, 10-byte body (reference 7.6),
 * the answer to 0x36:
 * <pre>
 * | pile no (7, BCD) | gun (1, BCD) | result (1): 0x00 failed, 0x01 stopped | failure reason (1): 0x00..0x03 |
 * </pre>
 *
 * @param pileNo      the pile number
 * @param gun         the gun number
 * @param stopped     whether the pile stopped
 * @param failureCode why not (see {@link #describeFailure(int)}); 0x00 on success
 */
public record RemoteStopReply(PileNo pileNo, int gun, boolean stopped, int failureCode) implements YkcMessage {

    /** The codec of 0x35. */
    public static final BodyCodec<RemoteStopReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.REMOTE_STOP_REPLY;
    }

    /** The failure reason in words. */
    public String failureReason() {
        return describeFailure(failureCode);
    }

    /** The meaning of a 0x35 failure code; never fails. */
    public static String describeFailure(int code) {
        return switch (code) {
            case 0x00 -> "none";
            case 0x01 -> "pile number mismatch";
            case 0x02 -> "gun not charging";
            case 0x03 -> "other";
            default -> String.format("unknown failure 0x%02X", code);
        };
    }

    private static final class Codec implements BodyCodec<RemoteStopReply> {
        private static final int GUN = 7;
        private static final int RESULT = 8;
        private static final int FAILURE = 9;

        @Override
        public FrameType type() {
            return FrameType.REMOTE_STOP_REPLY;
        }

        @Override
        public Class<RemoteStopReply> messageClass() {
            return RemoteStopReply.class;
        }

        @Override
        public RemoteStopReply decode(ByteBuffer b, int o, int length) {
            int result = LittleEndian.u8(b, o + RESULT);
            if (result > 1) {
                throw new FieldException("stopped", String.format("0x%02X is neither 0x00 failed nor 0x01 stopped", result));
            }
            return new RemoteStopReply(PileNo.read(b, o), Bcd.read1(b, o + GUN, "gun"), result == 1,
                    LittleEndian.u8(b, o + FAILURE));
        }

        @Override
        public void encode(RemoteStopReply m, ByteBuffer out) {
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            out.put((byte) (m.stopped() ? 1 : 0));
            LittleEndian.put8(out, "failureCode", m.failureCode());
        }
    }
}
