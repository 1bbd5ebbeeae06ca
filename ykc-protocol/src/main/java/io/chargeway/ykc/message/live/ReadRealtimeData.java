package io.chargeway.ykc.message.live;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x12 Read real-time data (读取实时监测数据), platform to pile, answered by a 0x13 for that gun;
 * 8-byte body (reference 6.1):
 * <pre>
 * | pile no (7, BCD) | gun (1, BCD) |
 * </pre>
 *
 * @param pileNo the pile number
 * @param gun    the gun number, 1..99
 */
public record ReadRealtimeData(PileNo pileNo, int gun) implements YkcMessage {

    /** The codec of 0x12. */
    public static final BodyCodec<ReadRealtimeData> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.READ_REALTIME_DATA;
    }

    private static final class Codec implements BodyCodec<ReadRealtimeData> {
        private static final int PILE_NO = 0;
        private static final int GUN = 7;

        @Override
        public FrameType type() {
            return FrameType.READ_REALTIME_DATA;
        }

        @Override
        public Class<ReadRealtimeData> messageClass() {
            return ReadRealtimeData.class;
        }

        @Override
        public ReadRealtimeData decode(ByteBuffer b, int o, int length) {
            return new ReadRealtimeData(PileNo.read(b, o + PILE_NO), Bcd.read1(b, o + GUN, "gun"));
        }

        @Override
        public void encode(ReadRealtimeData m, ByteBuffer out) {
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
        }
    }
}
