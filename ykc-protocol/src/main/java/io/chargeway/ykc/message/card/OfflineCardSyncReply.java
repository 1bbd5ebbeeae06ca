package io.chargeway.ykc.message.card;

import java.nio.ByteBuffer;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x43 Offline card sync reply (离线卡数据同步应答), pile to platform, 9-byte body (reference 7.12),
 * the answer to 0x44:
 * <pre>
 * | pile no (7, BCD) | saved (1): 0x00 failed, 0x01 success | failure reason (1) |
 * </pre>
 *
 * @param pileNo      the pile number
 * @param saved       whether the pile stored the cards
 * @param failureCode why not (see {@link #describeFailure(int)}); 0x00 on success
 */
public record OfflineCardSyncReply(PileNo pileNo, boolean saved, int failureCode) implements YkcMessage {

    /** The codec of 0x43. */
    public static final BodyCodec<OfflineCardSyncReply> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.OFFLINE_CARD_SYNC_REPLY;
    }

    /** The failure reason in words. */
    public String failureReason() {
        return describeFailure(failureCode);
    }

    /** The meaning of a 0x43 failure code; never fails. */
    public static String describeFailure(int code) {
        return switch (code) {
            case 0x00 -> "none";
            case 0x01 -> "card number format error";
            case 0x02 -> "insufficient storage";
            default -> String.format("unknown failure 0x%02X", code);
        };
    }

    private static final class Codec implements BodyCodec<OfflineCardSyncReply> {
        private static final int SAVED = 7;
        private static final int FAILURE = 8;

        @Override
        public FrameType type() {
            return FrameType.OFFLINE_CARD_SYNC_REPLY;
        }

        @Override
        public Class<OfflineCardSyncReply> messageClass() {
            return OfflineCardSyncReply.class;
        }

        @Override
        public OfflineCardSyncReply decode(ByteBuffer b, int o, int length) {
            int saved = LittleEndian.u8(b, o + SAVED);
            if (saved > 1) {
                throw new FieldException("saved", String.format("0x%02X is neither 0x00 failed nor 0x01 success", saved));
            }
            return new OfflineCardSyncReply(PileNo.read(b, o), saved == 1, LittleEndian.u8(b, o + FAILURE));
        }

        @Override
        public void encode(OfflineCardSyncReply m, ByteBuffer out) {
            m.pileNo().write(out);
            out.put((byte) (m.saved() ? 1 : 0));
            LittleEndian.put8(out, "failureCode", m.failureCode());
        }
    }
}
