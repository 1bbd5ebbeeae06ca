package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x36 Remote stop command (运营平台远程停机), platform to pile, 8-byte body (reference 7.5):
 * <pre>
 * | pile no (7, BCD) | gun (1, BCD) |
 * </pre>
 * The pile must stop and answers with 0x35; the bill follows as 0x3B.
 *
 * @param pileNo the pile number
 * @param gun    the gun number
 */
public record RemoteStop(PileNo pileNo, int gun) implements YkcMessage {

    /** The codec of 0x36. */
    public static final BodyCodec<RemoteStop> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.REMOTE_STOP;
    }

    private static final class Codec implements BodyCodec<RemoteStop> {
        private static final int GUN = 7;

        @Override
        public FrameType type() {
            return FrameType.REMOTE_STOP;
        }

        @Override
        public Class<RemoteStop> messageClass() {
            return RemoteStop.class;
        }

        @Override
        public RemoteStop decode(ByteBuffer b, int o, int length) {
            return new RemoteStop(PileNo.read(b, o), Bcd.read1(b, o + GUN, "gun"));
        }

        @Override
        public void encode(RemoteStop m, ByteBuffer out) {
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
        }
    }
}
