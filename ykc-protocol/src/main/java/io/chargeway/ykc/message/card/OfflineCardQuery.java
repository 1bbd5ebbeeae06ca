package io.chargeway.ykc.message.card;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x48 Offline card query (离线卡数据查询), platform to pile, body 8 + 8 n (reference 7.15):
 * which of these cards the pile has stored.
 * <pre>
 * | pile no (7, BCD) | count n (1) | n x physical card no (8, BIN) |
 * </pre>
 * The pile answers with 0x47, one result per card. The document allows 26 cards: split lists into
 * chunks of {@value #CARDS_PER_FRAME} (open point 16), which also keeps the reply within the length
 * cap. Encoding more than {@value #MAX_CARDS} cards fails.
 *
 * @param pileNo the pile number
 * @param cards  the physical card numbers, in wire order
 */
public record OfflineCardQuery(PileNo pileNo, List<PhysicalCardNo> cards) implements YkcMessage {

    /** The codec of 0x48. */
    public static final BodyCodec<OfflineCardQuery> CODEC = new Codec();

    /** Cards per frame that keep the length byte within the document's 200 (open point 16). */
    public static final int CARDS_PER_FRAME = (CardListLayout.DOCUMENT_MAX_LENGTH - FrameDecoder.HEADER_IN_LENGTH - 8) / 8;
    /** The most cards one frame can carry under the decoder's default length cap. */
    public static final int MAX_CARDS = (FrameDecoder.DEFAULT_MAX_LENGTH - FrameDecoder.HEADER_IN_LENGTH - 8) / 8;

    /** Keeps an immutable copy of the cards. */
    public OfflineCardQuery {
        cards = List.copyOf(cards);
    }

    @Override
    public FrameType frameType() {
        return FrameType.OFFLINE_CARD_QUERY;
    }

    private static final class Codec implements BodyCodec<OfflineCardQuery> {
        private static final int CARDS = 8;
        private static final CardListLayout LAYOUT = new CardListLayout("0x48", CARDS, PhysicalCardNo.LENGTH, true);

        @Override
        public FrameType type() {
            return FrameType.OFFLINE_CARD_QUERY;
        }

        @Override
        public Class<OfflineCardQuery> messageClass() {
            return OfflineCardQuery.class;
        }

        @Override
        public OfflineCardQuery decode(ByteBuffer b, int o, int length) {
            int n = LAYOUT.entries(b, o, length);
            List<PhysicalCardNo> cards = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cards.add(PhysicalCardNo.read(b, o + CARDS + i * PhysicalCardNo.LENGTH));
            }
            return new OfflineCardQuery(PileNo.read(b, o), cards);
        }

        @Override
        public void encode(OfflineCardQuery m, ByteBuffer out) {
            LAYOUT.checkFits("cards", m.cards(), CARDS_PER_FRAME);
            m.pileNo().write(out);
            LittleEndian.put8(out, "cards", m.cards().size());
            m.cards().forEach(card -> card.write(out));
        }
    }
}
