package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x56 Time sync (对时设置), platform to pile after login and then daily, answered by 0x55;
 * 14-byte body (reference 8.3):
 * <pre>
 * | pile no (7, BCD) | platform time (7, CP56Time2a, Beijing time) |
 * </pre>
 *
 * @param pileNo       the pile number
 * @param platformTime the time the pile must set
 */
public record TimeSync(PileNo pileNo, Cp56Time2a platformTime) implements YkcMessage {

    /** The codec of 0x56. */
    public static final BodyCodec<TimeSync> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.TIME_SYNC;
    }

    private static final class Codec implements BodyCodec<TimeSync> {
        private static final int PILE_NO = 0;
        private static final int TIME = 7;

        @Override
        public FrameType type() {
            return FrameType.TIME_SYNC;
        }

        @Override
        public Class<TimeSync> messageClass() {
            return TimeSync.class;
        }

        @Override
        public TimeSync decode(ByteBuffer b, int o, int length) {
            return new TimeSync(PileNo.read(b, o + PILE_NO), Cp56Time2a.read(b, o + TIME));
        }

        @Override
        public void encode(TimeSync m, ByteBuffer out) {
            m.pileNo().write(out);
            m.platformTime().write(out);
        }
    }
}
