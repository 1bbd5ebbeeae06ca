package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x41 Balance update reply (余额更新应答), pile to platform, 16-byte body (reference 7.10), the
 * answer to 0x42. It has no gun field:
 * <pre>
 * | pile no (7, BCD) | physical card no (8, BIN) | result (1): 0x00 success, 0x01 pile no wrong, 0x02 card no wrong |
 * </pre>
 *
 * @param pileNo         the pile number
 * @param physicalCardNo the card from the 0x42
 * @param resultCode     0x00 success or a failure (see {@link #describeResult(int)})
 */
public record BalanceUpdateReply(PileNo pileNo, PhysicalCardNo physicalCardNo, int resultCode) implements YkcMessage {

    /** The codec of 0x41. */
    public static final BodyCodec<BalanceUpdateReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BALANCE_UPDATE_REPLY;
    }

    /** Whether the pile updated the balance (result 0x00). */
    public boolean updated() {
        return resultCode == 0;
    }

    /** The result in words. */
    public String resultDescription() {
        return describeResult(resultCode);
    }

    /** The meaning of a 0x41 result code; never fails. */
    public static String describeResult(int code) {
        return switch (code) {
            case 0x00 -> "success";
            case 0x01 -> "pile number wrong";
            case 0x02 -> "card number wrong";
            default -> String.format("unknown result 0x%02X", code);
        };
    }

    private static final class Codec implements BodyCodec<BalanceUpdateReply> {
        private static final int PHYSICAL_CARD = 7;
        private static final int RESULT = 15;

        @Override
        public FrameType type() {
            return FrameType.BALANCE_UPDATE_REPLY;
        }

        @Override
        public Class<BalanceUpdateReply> messageClass() {
            return BalanceUpdateReply.class;
        }

        @Override
        public BalanceUpdateReply decode(ByteBuffer b, int o, int length) {
            return new BalanceUpdateReply(PileNo.read(b, o), PhysicalCardNo.read(b, o + PHYSICAL_CARD),
                    LittleEndian.u8(b, o + RESULT));
        }

        @Override
        public void encode(BalanceUpdateReply m, ByteBuffer out) {
            m.pileNo().write(out);
            m.physicalCardNo().write(out);
            LittleEndian.put8(out, "resultCode", m.resultCode());
        }
    }
}
