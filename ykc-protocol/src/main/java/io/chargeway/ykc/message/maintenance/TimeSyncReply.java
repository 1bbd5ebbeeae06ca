package io.chargeway.ykc.message.maintenance;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x55 Time sync reply (对时设置应答), pile to platform answering 0x56 with its clock after setting it;
 * 14-byte body (reference 8.4):
 * <pre>
 * | pile no (7, BCD) | pile time after setting (7, CP56Time2a) |
 * </pre>
 *
 * @param pileNo   the pile number
 * @param pileTime the pile's current time after setting
 */
public record TimeSyncReply(PileNo pileNo, Cp56Time2a pileTime) implements YkcMessage {

    /** The codec of 0x55. */
    public static final BodyCodec<TimeSyncReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.TIME_SYNC_REPLY;
    }

    private static final class Codec implements BodyCodec<TimeSyncReply> {
        private static final int PILE_NO = 0;
        private static final int TIME = 7;

        @Override
        public FrameType type() {
            return FrameType.TIME_SYNC_REPLY;
        }

        @Override
        public Class<TimeSyncReply> messageClass() {
            return TimeSyncReply.class;
        }

        @Override
        public TimeSyncReply decode(ByteBuffer b, int o, int length) {
            return new TimeSyncReply(PileNo.read(b, o + PILE_NO), Cp56Time2a.read(b, o + TIME));
        }

        @Override
        public void encode(TimeSyncReply m, ByteBuffer out) {
            m.pileNo().write(out);
            m.pileTime().write(out);
        }
    }
}
