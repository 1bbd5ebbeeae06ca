package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x33 Remote start reply (远程启机命令回复), pile to platform, 26-byte body (reference 7.4),
 * the answer to 0x34:
 * <pre>
 * | trade serial (16, BCD, echoed) | pile no (7, BCD) | gun (1, BCD) |
 * | result (1): 0x00 failed, 0x01 started | failure reason (1): 0x00..0x05 |
 * </pre>
 * A pile whose gun is not plugged in replies failure 0x05 at once and, if the gun is connected
 * within 60 s, a second 0x33 with success. The body is also the start of 0xA3.
 *
 * @param tradeSerial the serial of the start command
 * @param pileNo      the pile number
 * @param gun         the gun number
 * @param started     whether the pile started
 * @param failureCode why not (see {@link #describeFailure(int)}); 0x00 on success
 */
public record RemoteStartReply(TradeSerial tradeSerial, PileNo pileNo, int gun, boolean started, int failureCode)
        implements YkcMessage {

    /** The codec of 0x33. */
    public static final BodyCodec<RemoteStartReply> CODEC = new Codec();

    /** Failure code "gun not plugged in": the pile may still start within 60 s. */
    public static final int GUN_NOT_PLUGGED = 0x05;

    @Override
    public FrameType frameType() {
        return FrameType.REMOTE_START_REPLY;
    }

    /** The failure reason in words. */
    public String failureReason() {
        return describeFailure(failureCode);
    }

    /** The meaning of a 0x33/0xA3 failure code; never fails. */
    public static String describeFailure(int code) {
        return switch (code) {
            case 0x00 -> "none";
            case 0x01 -> "pile number mismatch";
            case 0x02 -> "gun already charging";
            case 0x03 -> "device fault";
            case 0x04 -> "device offline";
            case GUN_NOT_PLUGGED -> "gun not plugged in";
            default -> String.format("unknown failure 0x%02X", code);
        };
    }

    private static final class Codec implements BodyCodec<RemoteStartReply> {
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int RESULT = 24;
        private static final int FAILURE = 25;

        @Override
        public FrameType type() {
            return FrameType.REMOTE_START_REPLY;
        }

        @Override
        public Class<RemoteStartReply> messageClass() {
            return RemoteStartReply.class;
        }

        @Override
        public RemoteStartReply decode(ByteBuffer b, int o, int length) {
            int result = LittleEndian.u8(b, o + RESULT);
            if (result > 1) {
                throw new FieldException("started", String.format("0x%02X is neither 0x00 failed nor 0x01 started", result));
            }
            return new RemoteStartReply(
                    TradeSerial.read(b, o),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    result == 1,
                    LittleEndian.u8(b, o + FAILURE));
        }

        @Override
        public void encode(RemoteStartReply m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            out.put((byte) (m.started() ? 1 : 0));
            LittleEndian.put8(out, "failureCode", m.failureCode());
        }
    }
}
