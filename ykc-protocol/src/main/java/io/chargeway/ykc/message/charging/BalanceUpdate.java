package io.chargeway.ykc.message.charging;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x42 Remote balance update (远程账户余额更新), platform to pile, 20-byte body (reference 7.9):
 * after a top-up, the new balance of the user charging at a gun.
 * <pre>
 * | pile no (7, BCD) | gun (1, BCD) | physical card no (8, BIN) | new balance (4, BIN, fen) |
 * </pre>
 * The pile answers with 0x41.
 *
 * @param pileNo         the pile number
 * @param gun            the gun number
 * @param physicalCardNo the session's card, checked by the pile; zeros to update whoever is charging
 * @param balanceFen     the new balance in fen (0..2^32-1)
 */
public record BalanceUpdate(PileNo pileNo, int gun, PhysicalCardNo physicalCardNo, long balanceFen) implements YkcMessage {

    /** The codec of 0x42. */
    public static final BodyCodec<BalanceUpdate> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BALANCE_UPDATE;
    }

    private static final class Codec implements BodyCodec<BalanceUpdate> {
        private static final int GUN = 7;
        private static final int PHYSICAL_CARD = 8;
        private static final int BALANCE = 16;

        @Override
        public FrameType type() {
            return FrameType.BALANCE_UPDATE;
        }

        @Override
        public Class<BalanceUpdate> messageClass() {
            return BalanceUpdate.class;
        }

        @Override
        public BalanceUpdate decode(ByteBuffer b, int o, int length) {
            return new BalanceUpdate(PileNo.read(b, o), Bcd.read1(b, o + GUN, "gun"), PhysicalCardNo.read(b, o + PHYSICAL_CARD),
                    LittleEndian.u32(b, o + BALANCE));
        }

        @Override
        public void encode(BalanceUpdate m, ByteBuffer out) {
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            m.physicalCardNo().write(out);
            LittleEndian.put32(out, "balanceFen", m.balanceFen());
        }
    }
}
