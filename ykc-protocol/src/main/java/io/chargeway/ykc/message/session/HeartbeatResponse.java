package io.chargeway.ykc.message.session;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x04 Heartbeat response (心跳包应答), platform to pile, 9-byte body (reference 5.4):
 * <pre>
 * | pile no (7, BCD) | gun (1, BCD, echoed) | reply (1): always 0x00 |
 * </pre>
 *
 * @param pileNo the pile number
 * @param gun    the gun number echoed from the heartbeat
 * @param reply  the reply byte, 0 in V1.6 (kept so that a non-zero value from a peer survives decoding)
 */
public record HeartbeatResponse(PileNo pileNo, int gun, int reply) implements YkcMessage {

    /** The codec of 0x04. */
    public static final BodyCodec<HeartbeatResponse> CODEC = new Codec();

    /** The reply to a heartbeat. */
    public static HeartbeatResponse to(Heartbeat heartbeat) {
        return new HeartbeatResponse(heartbeat.pileNo(), heartbeat.gun(), 0);
    }

    @Override
    public FrameType frameType() {
        return FrameType.HEARTBEAT_RESPONSE;
    }

    private static final class Codec implements BodyCodec<HeartbeatResponse> {
        private static final int GUN = 7;
        private static final int REPLY = 8;

        @Override
        public FrameType type() {
            return FrameType.HEARTBEAT_RESPONSE;
        }

        @Override
        public Class<HeartbeatResponse> messageClass() {
            return HeartbeatResponse.class;
        }

        @Override
        public HeartbeatResponse decode(ByteBuffer b, int o, int length) {
            return new HeartbeatResponse(PileNo.read(b, o), Bcd.read1(b, o + GUN, "gun"), LittleEndian.u8(b, o + REPLY));
        }

        @Override
        public void encode(HeartbeatResponse m, ByteBuffer out) {
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put8(out, "reply", m.reply());
        }
    }
}
