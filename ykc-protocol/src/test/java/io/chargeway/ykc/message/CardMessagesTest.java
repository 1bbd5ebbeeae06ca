package io.chargeway.ykc.message;

import static io.chargeway.ykc.message.WireTestSupport.jsonRoundTrip;
import static io.chargeway.ykc.message.WireTestSupport.rejectionOf;
import static io.chargeway.ykc.message.WireTestSupport.withBodyByte;
import static io.chargeway.ykc.message.WireTestSupport.withoutLastBodyBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.card.CardClearResult;
import io.chargeway.ykc.message.card.CardQueryResult;
import io.chargeway.ykc.message.card.OfflineCard;
import io.chargeway.ykc.message.card.OfflineCardClear;
import io.chargeway.ykc.message.card.OfflineCardClearReply;
import io.chargeway.ykc.message.card.OfflineCardQuery;
import io.chargeway.ykc.message.card.OfflineCardQueryReply;
import io.chargeway.ykc.message.card.OfflineCardSync;
import io.chargeway.ykc.message.card.OfflineCardSyncReply;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

/** Offline card frames 0x43..0x48: fixed replies and the variable card lists. */
class CardMessagesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final PhysicalCardNo CARD_1 = PhysicalCardNo.parse("00000000D14B0A54");
    private static final PhysicalCardNo CARD_2 = PhysicalCardNo.parse("000000003A7F19C2");
    private static final PhysicalCardNo CARD_3 = PhysicalCardNo.parse("0004A2B3C4D5E680");
    private static final PhysicalCardNo CARD_4 = PhysicalCardNo.parse("00000000E2C1A07B");

    @Test
    void syncFixturesDecodeEveryCard() {
        OfflineCardSync three = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x44-offline-card-sync.hex"),
                OfflineCardSync.class);
        OfflineCardSync one = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x44-offline-card-sync-one-card.hex"),
                OfflineCardSync.class);

        assertThat(three).isEqualTo(new OfflineCardSync(PILE, List.of(
                new OfflineCard(logical(1), CARD_1), new OfflineCard(logical(2), CARD_2), new OfflineCard(logical(3), CARD_3))));
        assertThat(one).isEqualTo(new OfflineCardSync(PILE, List.of(new OfflineCard(logical(4), CARD_4))));
        jsonRoundTrip(three);
        RoundTrip.recordToBytesAndBack(new OfflineCardSync(PILE, List.of()));
    }

    @Test
    void syncReplyFixtureDecodesAndFailuresAreDescribed() {
        OfflineCardSyncReply reply = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x43-offline-card-sync-reply.hex"),
                OfflineCardSyncReply.class);

        assertThat(reply).isEqualTo(new OfflineCardSyncReply(PILE, true, 0));
        OfflineCardSyncReply full = new OfflineCardSyncReply(PILE, false, 0x02);
        assertThat(full.failureReason()).isEqualTo("insufficient storage");
        assertThat(OfflineCardSyncReply.describeFailure(0x09)).isEqualTo("unknown failure 0x09");
        RoundTrip.recordToBytesAndBack(full);
        jsonRoundTrip(reply);
    }

    @Test
    void clearFixturesDecodeEveryCardAndResult() {
        OfflineCardClear two = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x46-offline-card-clear.hex"),
                OfflineCardClear.class);
        OfflineCardClear one = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x46-offline-card-clear-one-card.hex"),
                OfflineCardClear.class);
        OfflineCardClearReply twoResults = RoundTrip.bytesToRecordAndBack(
                HexFixture.load("0x45-offline-card-clear-reply.hex"), OfflineCardClearReply.class);
        OfflineCardClearReply oneResult = RoundTrip.bytesToRecordAndBack(
                HexFixture.load("0x45-offline-card-clear-reply-one-card.hex"), OfflineCardClearReply.class);

        assertThat(two).isEqualTo(new OfflineCardClear(PILE, List.of(CARD_1, CARD_2)));
        assertThat(one).isEqualTo(new OfflineCardClear(PILE, List.of(CARD_3)));
        assertThat(twoResults).isEqualTo(new OfflineCardClearReply(PILE, List.of(
                new CardClearResult(CARD_1, true, 0), new CardClearResult(CARD_2, false, 0x01))));
        assertThat(oneResult).isEqualTo(new OfflineCardClearReply(PILE, List.of(new CardClearResult(CARD_3, true, 0))));
        assertThat(twoResults.results().get(1).failureReason()).isEqualTo("card number format error");
        jsonRoundTrip(two);
        jsonRoundTrip(twoResults);
    }

    @Test
    void queryFixturesDecodeEveryCardAndResult() {
        OfflineCardQuery three = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x48-offline-card-query.hex"),
                OfflineCardQuery.class);
        OfflineCardQuery one = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x48-offline-card-query-one-card.hex"),
                OfflineCardQuery.class);
        OfflineCardQueryReply threeResults = RoundTrip.bytesToRecordAndBack(
                HexFixture.load("0x47-offline-card-query-reply.hex"), OfflineCardQueryReply.class);
        OfflineCardQueryReply oneResult = RoundTrip.bytesToRecordAndBack(
                HexFixture.load("0x47-offline-card-query-reply-one-card.hex"), OfflineCardQueryReply.class);

        assertThat(three).isEqualTo(new OfflineCardQuery(PILE, List.of(CARD_1, CARD_2, CARD_3)));
        assertThat(one).isEqualTo(new OfflineCardQuery(PILE, List.of(CARD_4)));
        assertThat(threeResults).isEqualTo(new OfflineCardQueryReply(PILE, List.of(new CardQueryResult(CARD_1, true),
                new CardQueryResult(CARD_2, false), new CardQueryResult(CARD_3, true))));
        assertThat(oneResult).isEqualTo(new OfflineCardQueryReply(PILE, List.of(new CardQueryResult(CARD_4, true))));
        jsonRoundTrip(three);
        jsonRoundTrip(threeResults);
    }

    @Test
    void countThatDisagreesWithTheBodyLengthIsALengthMismatch() {
        byte[] syncClaimingFour = withBodyByte(HexFixture.load("0x44-offline-card-sync.hex"), 7, 4);
        byte[] clearClaimingOne = withBodyByte(HexFixture.load("0x46-offline-card-clear.hex"), 7, 1);
        byte[] queryMissingAByte = withoutLastBodyBytes(HexFixture.load("0x48-offline-card-query.hex"), 1);

        FrameRejection sync = rejectionOf(syncClaimingFour);
        assertThat(sync.reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
        assertThat(sync.detail()).contains("0x44", "count 4", "72-byte body", "got 56");
        assertThat(rejectionOf(clearClaimingOne).reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
        assertThat(rejectionOf(queryMissingAByte).reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
    }

    @Test
    void replyWhoseLengthIsNotAWholeNumberOfEntriesIsALengthMismatch() {
        byte[] clearReply = withoutLastBodyBytes(HexFixture.load("0x45-offline-card-clear-reply.hex"), 1);
        byte[] queryReply = withoutLastBodyBytes(HexFixture.load("0x47-offline-card-query-reply.hex"), 4);

        FrameRejection clear = rejectionOf(clearReply);
        assertThat(clear.reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
        assertThat(clear.detail()).contains("0x45", "26 bytes", "multiple of 10");
        assertThat(rejectionOf(queryReply).reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
    }

    @Test
    void bodyShorterThanItsHeadIsALengthMismatch() {
        byte[] sync = withoutLastBodyBytes(HexFixture.load("0x44-offline-card-sync-one-card.hex"), 17);

        assertThat(rejectionOf(sync).reason()).isEqualTo(RejectReason.LENGTH_MISMATCH);
    }

    @Test
    void resultFlagOtherThanZeroOrOneIsABadField() {
        byte[] clearReply = withBodyByte(HexFixture.load("0x45-offline-card-clear-reply.hex"), 15, 0x02);
        byte[] queryReply = withBodyByte(HexFixture.load("0x47-offline-card-query-reply.hex"), 15, 0x02);

        assertThat(rejectionOf(clearReply).reason()).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejectionOf(queryReply).reason()).isEqualTo(RejectReason.BAD_FIELD);
    }

    @Test
    void chunkSizesKeepTheLengthByteWithinTheDocumentsTwoHundred() {
        assertThat(OfflineCardSync.CARDS_PER_FRAME).isEqualTo(11);
        assertThat(OfflineCardClear.CARDS_PER_FRAME).isEqualTo(23);
        assertThat(OfflineCardQuery.CARDS_PER_FRAME).isEqualTo(23);

        assertThat(lengthByte(sync(OfflineCardSync.CARDS_PER_FRAME))).isLessThanOrEqualTo(200);
        assertThat(lengthByte(sync(OfflineCardSync.CARDS_PER_FRAME + 1))).isGreaterThan(200);
        assertThat(lengthByte(new OfflineCardClear(PILE, cards(OfflineCardClear.CARDS_PER_FRAME)))).isLessThanOrEqualTo(200);
        assertThat(lengthByte(new OfflineCardClear(PILE, cards(OfflineCardClear.CARDS_PER_FRAME + 1)))).isGreaterThan(200);
        assertThat(lengthByte(new OfflineCardQuery(PILE, cards(OfflineCardQuery.CARDS_PER_FRAME)))).isLessThanOrEqualTo(200);
        assertThat(lengthByte(new OfflineCardQuery(PILE, cards(OfflineCardQuery.CARDS_PER_FRAME + 1)))).isGreaterThan(200);
    }

    @Test
    void repliesToAFullChunkStillFitOneFrame() {
        List<CardClearResult> cleared = list(OfflineCardClear.CARDS_PER_FRAME, i -> new CardClearResult(card(i), true, 0));
        List<CardQueryResult> stored = list(OfflineCardQuery.CARDS_PER_FRAME, i -> new CardQueryResult(card(i), i % 2 == 0));

        RoundTrip.recordToBytesAndBack(new OfflineCardClearReply(PILE, cleared));
        RoundTrip.recordToBytesAndBack(new OfflineCardQueryReply(PILE, stored));
    }

    @Test
    void theLargestListsThatFitTheDecoderCapRoundTrip() {
        assertThat(OfflineCardSync.MAX_CARDS).isEqualTo(14);
        assertThat(OfflineCardClear.MAX_CARDS).isEqualTo(29);
        assertThat(OfflineCardQuery.MAX_CARDS).isEqualTo(29);
        assertThat(OfflineCardClearReply.MAX_RESULTS).isEqualTo(23);
        assertThat(OfflineCardQueryReply.MAX_RESULTS).isEqualTo(26);

        RoundTrip.recordToBytesAndBack(sync(OfflineCardSync.MAX_CARDS));
        RoundTrip.recordToBytesAndBack(new OfflineCardClear(PILE, cards(OfflineCardClear.MAX_CARDS)));
        RoundTrip.recordToBytesAndBack(new OfflineCardQuery(PILE, cards(OfflineCardQuery.MAX_CARDS)));
        RoundTrip.recordToBytesAndBack(new OfflineCardQueryReply(PILE,
                list(OfflineCardQueryReply.MAX_RESULTS, i -> new CardQueryResult(card(i), true))));
    }

    @Test
    void encodingMoreCardsThanFitOneFrameFailsAndSaysHowToSplit() {
        OfflineCardSync fifteen = sync(OfflineCardSync.MAX_CARDS + 1);
        OfflineCardClear thirty = new OfflineCardClear(PILE, cards(OfflineCardClear.MAX_CARDS + 1));
        OfflineCardQuery forty = new OfflineCardQuery(PILE, cards(40));
        OfflineCardClearReply tooManyResults = new OfflineCardClearReply(PILE,
                list(OfflineCardClearReply.MAX_RESULTS + 1, i -> new CardClearResult(card(i), true, 0)));

        assertThatThrownBy(() -> FrameEncoder.encode(1, fifteen, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("15 entries do not fit one 0x44 frame")
                .hasMessageContaining("at most 14")
                .hasMessageContaining("chunks of 11");
        assertThatThrownBy(() -> FrameEncoder.encode(1, thirty, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("chunks of 23");
        assertThatThrownBy(() -> FrameEncoder.encode(1, forty, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("0x48");
        assertThatThrownBy(() -> FrameEncoder.encode(1, tooManyResults, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("0x45");
    }

    @Test
    void listsAreImmutableCopies() {
        List<PhysicalCardNo> mutable = new ArrayList<>(List.of(CARD_1));
        OfflineCardClear clear = new OfflineCardClear(PILE, mutable);
        mutable.add(CARD_2);

        assertThat(clear.cards()).containsExactly(CARD_1);
        assertThatThrownBy(() -> clear.cards().add(CARD_3)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static int lengthByte(YkcMessage message) {
        return FrameEncoder.encode(1, message, CrcOrder.LOW_FIRST)[1] & 0xFF;
    }

    private static OfflineCardSync sync(int n) {
        return new OfflineCardSync(PILE, list(n, i -> new OfflineCard(logical(i), card(i))));
    }

    private static List<PhysicalCardNo> cards(int n) {
        return list(n, CardMessagesTest::card);
    }

    private static <T> List<T> list(int n, IntFunction<T> entry) {
        List<T> list = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            list.add(entry.apply(i));
        }
        return list;
    }

    private static PhysicalCardNo card(int i) {
        return new PhysicalCardNo(0xD14B_0000L + i);
    }

    private static LogicalCardNo logical(int i) {
        return new LogicalCardNo(1_000_000_000_000_000L + i);
    }
}
