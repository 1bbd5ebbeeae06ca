package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x32 Platform start confirmation (运营平台确认启动充电), platform to pile, 38-byte body
 * (reference 7.2), the answer to 0x31:
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | logical card no (8, BCD) |
 * | balance (4, BIN, fen) | authorised (1): 0x00 failed, 0x01 success | failure reason (1) |
 * </pre>
 * The failure reason is declared BCD but carries plain codes 0x01..0x0B (open point 14). The body
 * is also the start of 0xA2.
 *
 * @param tradeSerial   the serial the platform generated for the session (zeros when refused)
 * @param pileNo        the pile number
 * @param gun           the gun number
 * @param logicalCardNo the card or account number shown on the pile
 * @param balanceFen    the account balance in fen (0..2^32-1)
 * @param authorized    whether the platform authorises the start
 * @param failureCode   why not (0x01..0x0B, see {@link #describeFailure(int)}); 0x00 on success
 */
public record PileStartConfirm(TradeSerial tradeSerial, PileNo pileNo, int gun, LogicalCardNo logicalCardNo, long balanceFen,
                               boolean authorized, int failureCode) implements YkcMessage {

    /** The codec of 0x32. */
    public static final BodyCodec<PileStartConfirm> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.PILE_START_CONFIRM;
    }

    /** The failure reason in words. */
    public String failureReason() {
        return describeFailure(failureCode);
    }

    /** The meaning of a 0x32/0xA2 failure code; never fails. */
    public static String describeFailure(int code) {
        return switch (code) {
            case 0x00 -> "none";
            case 0x01 -> "account does not exist";
            case 0x02 -> "account frozen";
            case 0x03 -> "insufficient balance";
            case 0x04 -> "card has an unsettled record";
            case 0x05 -> "pile disabled";
            case 0x06 -> "account may not charge at this pile";
            case 0x07 -> "wrong password";
            case 0x08 -> "station capacity insufficient";
            case 0x09 -> "VIN unknown";
            case 0x0A -> "pile has an unsettled record";
            case 0x0B -> "pile does not support cards";
            default -> String.format("unknown failure 0x%02X", code);
        };
    }

    private static final class Codec implements BodyCodec<PileStartConfirm> {
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int LOGICAL_CARD = 24;
        private static final int BALANCE = 32;
        private static final int AUTHORIZED = 36;
        private static final int FAILURE = 37;

        @Override
        public FrameType type() {
            return FrameType.PILE_START_CONFIRM;
        }

        @Override
        public Class<PileStartConfirm> messageClass() {
            return PileStartConfirm.class;
        }

        @Override
        public PileStartConfirm decode(ByteBuffer b, int o, int length) {
            int authorized = LittleEndian.u8(b, o + AUTHORIZED);
            if (authorized > 1) {
                throw new FieldException("authorized", String.format("0x%02X is neither 0x00 failed nor 0x01 success", authorized));
            }
            return new PileStartConfirm(
                    TradeSerial.read(b, o),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LogicalCardNo.read(b, o + LOGICAL_CARD, "logicalCardNo"),
                    LittleEndian.u32(b, o + BALANCE),
                    authorized == 1,
                    LittleEndian.u8(b, o + FAILURE));
        }

        @Override
        public void encode(PileStartConfirm m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            m.logicalCardNo().write(out, "logicalCardNo");
            LittleEndian.put32(out, "balanceFen", m.balanceFen());
            out.put((byte) (m.authorized() ? 1 : 0));
            LittleEndian.put8(out, "failureCode", m.failureCode());
        }
    }
}
