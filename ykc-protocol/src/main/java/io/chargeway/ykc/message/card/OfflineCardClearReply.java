package io.chargeway.ykc.message.card;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x45 Offline card clear reply (离线卡数据清除应答), pile to platform, body 7 + 10 n (reference
 * 7.14), the answer to 0x46. There is no count byte: n follows from the body length.
 * <pre>
 * | pile no (7, BCD) | n x ( physical card no (8, BIN) | cleared (1): 0x00 failed, 0x01 cleared | failure reason (1) ) |
 * </pre>
 * Encoding more than {@value #MAX_RESULTS} results fails (the length cap).
 *
 * @param pileNo  the pile number
 * @param results one result per card of the 0x46, in wire order
 */
public record OfflineCardClearReply(PileNo pileNo, List<CardClearResult> results) implements YkcMessage {

    /** The codec of 0x45. */
    public static final BodyCodec<OfflineCardClearReply> CODEC = new Codec();

    /** The most results one frame can carry under the decoder's default length cap. */
    public static final int MAX_RESULTS = (FrameDecoder.DEFAULT_MAX_LENGTH - FrameDecoder.HEADER_IN_LENGTH - 7) / 10;

    /** Keeps an immutable copy of the results. */
    public OfflineCardClearReply {
        results = List.copyOf(results);
    }

    @Override
    public FrameType frameType() {
        return FrameType.OFFLINE_CARD_CLEAR_REPLY;
    }

    private static final class Codec implements BodyCodec<OfflineCardClearReply> {
        private static final int RESULTS = 7;
        private static final int CLEARED = 8;
        private static final int FAILURE = 9;
        private static final CardListLayout LAYOUT = new CardListLayout("0x45", RESULTS, 10, false);

        @Override
        public FrameType type() {
            return FrameType.OFFLINE_CARD_CLEAR_REPLY;
        }

        @Override
        public Class<OfflineCardClearReply> messageClass() {
            return OfflineCardClearReply.class;
        }

        @Override
        public OfflineCardClearReply decode(ByteBuffer b, int o, int length) {
            int n = LAYOUT.entries(b, o, length);
            List<CardClearResult> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int at = o + RESULTS + i * LAYOUT.entry();
                int cleared = LittleEndian.u8(b, at + CLEARED);
                if (cleared > 1) {
                    throw new FieldException("cleared", String.format("0x%02X is neither 0x00 failed nor 0x01 cleared", cleared));
                }
                results.add(new CardClearResult(PhysicalCardNo.read(b, at), cleared == 1, LittleEndian.u8(b, at + FAILURE)));
            }
            return new OfflineCardClearReply(PileNo.read(b, o), results);
        }

        @Override
        public void encode(OfflineCardClearReply m, ByteBuffer out) {
            LAYOUT.checkFits("results", m.results(), MAX_RESULTS);
            m.pileNo().write(out);
            for (CardClearResult result : m.results()) {
                result.physicalCardNo().write(out);
                out.put((byte) (result.cleared() ? 1 : 0));
                LittleEndian.put8(out, "failureCode", result.failureCode());
            }
        }
    }
}
