package io.chargeway.ykc.message.card;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x44 Offline card sync (离线卡数据同步), platform to pile, body 8 + 16 n (reference 7.11): cards
 * the pile may authorise while offline (insert or overwrite).
 * <pre>
 * | pile no (7, BCD) | count n (1) | n x ( logical card no (8, BCD) | physical card no (8, BIN) ) |
 * </pre>
 * The pile answers with 0x43. The document allows 15 cards, which overflows its own 200-byte
 * length cap: split lists into chunks of {@value #CARDS_PER_FRAME} (open point 16). Encoding more
 * than {@value #MAX_CARDS} cards fails.
 *
 * @param pileNo the pile number
 * @param cards  the cards, in wire order
 */
public record OfflineCardSync(PileNo pileNo, List<OfflineCard> cards) implements YkcMessage {

    /** The codec of 0x44. */
    public static final BodyCodec<OfflineCardSync> CODEC = new Codec();

    /** Cards per frame that keep the length byte within the document's 200 (open point 16). */
    public static final int CARDS_PER_FRAME = (CardListLayout.DOCUMENT_MAX_LENGTH - FrameDecoder.HEADER_IN_LENGTH - 8) / 16;
    /** The most cards one frame can carry under the decoder's default length cap. */
    public static final int MAX_CARDS = (FrameDecoder.DEFAULT_MAX_LENGTH - FrameDecoder.HEADER_IN_LENGTH - 8) / 16;

    /** Keeps an immutable copy of the cards. */
    public OfflineCardSync {
        cards = List.copyOf(cards);
    }

    @Override
    public FrameType frameType() {
        return FrameType.OFFLINE_CARD_SYNC;
    }

    private static final class Codec implements BodyCodec<OfflineCardSync> {
        private static final int COUNT = 7;
        private static final int CARDS = 8;
        private static final int LOGICAL = 0;
        private static final int PHYSICAL = 8;
        private static final CardListLayout LAYOUT = new CardListLayout("0x44", CARDS, 16, true);

        @Override
        public FrameType type() {
            return FrameType.OFFLINE_CARD_SYNC;
        }

        @Override
        public Class<OfflineCardSync> messageClass() {
            return OfflineCardSync.class;
        }

        @Override
        public OfflineCardSync decode(ByteBuffer b, int o, int length) {
            int n = LAYOUT.entries(b, o, length);
            List<OfflineCard> cards = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int at = o + CARDS + i * LAYOUT.entry();
                cards.add(new OfflineCard(LogicalCardNo.read(b, at + LOGICAL, "logicalCardNo"),
                        PhysicalCardNo.read(b, at + PHYSICAL)));
            }
            return new OfflineCardSync(PileNo.read(b, o), cards);
        }

        @Override
        public void encode(OfflineCardSync m, ByteBuffer out) {
            LAYOUT.checkFits("cards", m.cards(), CARDS_PER_FRAME);
            m.pileNo().write(out);
            LittleEndian.put8(out, "cards", m.cards().size());
            for (OfflineCard card : m.cards()) {
                card.logicalCardNo().write(out, "logicalCardNo");
                card.physicalCardNo().write(out);
            }
        }
    }
}
