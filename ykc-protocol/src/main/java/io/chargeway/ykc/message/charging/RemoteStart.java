package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x34 Remote start command (运营平台远程控制启机), platform to pile, 44-byte body (reference 7.3):
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | logical card no (8, BCD) |
 * | physical card no (8, BIN) | balance (4, BIN, fen) |
 * </pre>
 * The pile answers with 0x33. The body is also the start of 0xA4.
 *
 * @param tradeSerial    the serial the platform generated for the order
 * @param pileNo         the pile number
 * @param gun            the gun number
 * @param logicalCardNo  the account or card number shown on the pile
 * @param physicalCardNo a card that may also stop the session, zeros for none
 * @param balanceFen     the account balance in fen (0..2^32-1; e.g. 100000 = 1000.00 yuan)
 */
public record RemoteStart(TradeSerial tradeSerial, PileNo pileNo, int gun, LogicalCardNo logicalCardNo,
                          PhysicalCardNo physicalCardNo, long balanceFen) implements YkcMessage {

    /** The codec of 0x34. */
    public static final BodyCodec<RemoteStart> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.REMOTE_START;
    }

    private static final class Codec implements BodyCodec<RemoteStart> {
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int LOGICAL_CARD = 24;
        private static final int PHYSICAL_CARD = 32;
        private static final int BALANCE = 40;

        @Override
        public FrameType type() {
            return FrameType.REMOTE_START;
        }

        @Override
        public Class<RemoteStart> messageClass() {
            return RemoteStart.class;
        }

        @Override
        public RemoteStart decode(ByteBuffer b, int o, int length) {
            return new RemoteStart(
                    TradeSerial.read(b, o),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LogicalCardNo.read(b, o + LOGICAL_CARD, "logicalCardNo"),
                    PhysicalCardNo.read(b, o + PHYSICAL_CARD),
                    LittleEndian.u32(b, o + BALANCE));
        }

        @Override
        public void encode(RemoteStart m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            m.logicalCardNo().write(out, "logicalCardNo");
            m.physicalCardNo().write(out);
            LittleEndian.put32(out, "balanceFen", m.balanceFen());
        }
    }
}
