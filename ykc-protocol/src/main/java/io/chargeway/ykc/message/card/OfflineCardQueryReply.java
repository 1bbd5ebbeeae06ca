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
 * 0x47 Offline card query reply (离线卡数据查询应答), pile to platform, body 7 + 9 n (reference
 * 7.16), the answer to 0x48. There is no count byte: n follows from the body length.
 * <pre>
 * | pile no (7, BCD) | n x ( physical card no (8, BIN) | result (1): 0x00 not stored, 0x01 stored ) |
 * </pre>
 * Encoding more than {@value #MAX_RESULTS} results fails (the length cap).
 *
 * @param pileNo  the pile number
 * @param results one result per card of the 0x48, in wire order
 */
public record OfflineCardQueryReply(PileNo pileNo, List<CardQueryResult> results) implements YkcMessage {

    /** The codec of 0x47. */
    public static final BodyCodec<OfflineCardQueryReply> CODEC = new Codec();

    /** The most results one frame can carry under the decoder's default length cap. */
    public static final int MAX_RESULTS = (FrameDecoder.DEFAULT_MAX_LENGTH - FrameDecoder.HEADER_IN_LENGTH - 7) / 9;

    /** Keeps an immutable copy of the results. */
    public OfflineCardQueryReply {
        results = List.copyOf(results);
    }

    @Override
    public FrameType frameType() {
        return FrameType.OFFLINE_CARD_QUERY_REPLY;
    }

    private static final class Codec implements BodyCodec<OfflineCardQueryReply> {
        private static final int RESULTS = 7;
        private static final int STORED = 8;
        private static final CardListLayout LAYOUT = new CardListLayout("0x47", RESULTS, 9, false);

        @Override
        public FrameType type() {
            return FrameType.OFFLINE_CARD_QUERY_REPLY;
        }

        @Override
        public Class<OfflineCardQueryReply> messageClass() {
            return OfflineCardQueryReply.class;
        }

        @Override
        public OfflineCardQueryReply decode(ByteBuffer b, int o, int length) {
            int n = LAYOUT.entries(b, o, length);
            List<CardQueryResult> results = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int at = o + RESULTS + i * LAYOUT.entry();
                int stored = LittleEndian.u8(b, at + STORED);
                if (stored > 1) {
                    throw new FieldException("stored", String.format("0x%02X is neither 0x00 not stored nor 0x01 stored", stored));
                }
                results.add(new CardQueryResult(PhysicalCardNo.read(b, at), stored == 1));
            }
            return new OfflineCardQueryReply(PileNo.read(b, o), results);
        }

        @Override
        public void encode(OfflineCardQueryReply m, ByteBuffer out) {
            LAYOUT.checkFits("results", m.results(), MAX_RESULTS);
            m.pileNo().write(out);
            for (CardQueryResult result : m.results()) {
                result.physicalCardNo().write(out);
                out.put((byte) (result.stored() ? 1 : 0));
            }
        }
    }
}
