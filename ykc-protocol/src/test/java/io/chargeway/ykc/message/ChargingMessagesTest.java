package io.chargeway.ykc.message;

import static io.chargeway.ykc.message.WireTestSupport.jsonRoundTrip;
import static io.chargeway.ykc.message.WireTestSupport.rejectionOf;
import static io.chargeway.ykc.message.WireTestSupport.withBodyByte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.FieldException;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.charging.BalanceUpdate;
import io.chargeway.ykc.message.charging.BalanceUpdateReply;
import io.chargeway.ykc.message.charging.ParallelGunRole;
import io.chargeway.ykc.message.charging.ParallelStart;
import io.chargeway.ykc.message.charging.ParallelStartConfirm;
import io.chargeway.ykc.message.charging.ParallelStartReply;
import io.chargeway.ykc.message.charging.ParallelStartRequest;
import io.chargeway.ykc.message.charging.PileStartConfirm;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.RemoteStart;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.RemoteStop;
import io.chargeway.ykc.message.charging.RemoteStopReply;
import io.chargeway.ykc.message.charging.StartMode;
import io.chargeway.ykc.testing.HexFixture;
import io.chargeway.ykc.testing.RoundTrip;

/** Start, stop, balance and parallel-start frames: 0x31..0x36, 0x41, 0x42, 0xA1..0xA4. */
class ChargingMessagesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final String VIN = "LSVAU2180N2183294";
    private static final String MD5_123456 = "E10ADC3949BA59ABBE56E057F20F883E";
    private static final PhysicalCardNo CARD = PhysicalCardNo.parse("00000000D14B0A54");
    private static final LogicalCardNo APP_ACCOUNT = LogicalCardNo.parse("8800000000123456");
    private static final TradeSerial APP_SERIAL = TradeSerial.of(PILE, 1, LocalDateTime.of(2024, 3, 15, 10, 32, 5), 17);
    private static final TradeSerial PARALLEL_SERIAL = TradeSerial.of(PILE, 2, LocalDateTime.of(2024, 3, 16, 15, 0, 0), 5);
    private static final ParallelSequence PARALLEL_SEQUENCE = ParallelSequence.of(LocalDateTime.of(2024, 3, 16, 15, 0, 0));

    @Test
    void pileStartRequestFixtureDecodesEveryFieldWithTheVinReadBackwards() {
        PileStartRequest request = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x31-pile-start-request.hex"),
                PileStartRequest.class);

        assertThat(request).isEqualTo(new PileStartRequest(PILE, 1, StartMode.VIN, false, PhysicalCardNo.NONE,
                PileStartRequest.NO_PASSWORD, VIN));
        jsonRoundTrip(request);
    }

    @Test
    void vinIsWrittenInReversedByteOrderAndShortVinsArePaddedBeforeTheReversedRun() {
        PileStartRequest request = new PileStartRequest(PILE, 2, StartMode.VIN, false, PhysicalCardNo.NONE,
                PileStartRequest.NO_PASSWORD, VIN);
        byte[] frame = FrameEncoder.encode(1, request, CrcOrder.LOW_FIRST);

        byte[] vinOnWire = Arrays.copyOfRange(frame, 6 + 34, 6 + 51);
        assertThat(new String(vinOnWire, StandardCharsets.US_ASCII)).isEqualTo(new StringBuilder(VIN).reverse().toString());
        RoundTrip.recordToBytesAndBack(request);
        RoundTrip.recordToBytesAndBack(new PileStartRequest(PILE, 2, StartMode.VIN, false, PhysicalCardNo.NONE,
                PileStartRequest.NO_PASSWORD, "ABC123"));
    }

    @Test
    void cardStartWithPasswordKeepsThePasswordAsUpperCaseHex() {
        PileStartRequest request = new PileStartRequest(PILE, 1, StartMode.CARD, true, CARD, MD5_123456.toLowerCase(), "");

        assertThat(request.password()).isEqualTo(MD5_123456);
        RoundTrip.recordToBytesAndBack(request);
        jsonRoundTrip(request);
    }

    @Test
    void unknownStartModeIsRejectedAsBadField() {
        byte[] frame = withBodyByte(HexFixture.load("0x31-pile-start-request.hex"), 8, 0x07);

        FrameRejection rejection = rejectionOf(frame);

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejection.detail()).contains("0x31", "startMode", "0x07");
    }

    @Test
    void passwordThatIsNotSixteenBytesFailsOnEncode() {
        PileStartRequest request = new PileStartRequest(PILE, 1, StartMode.CARD, true, CARD, "ABCD", "");

        assertThatThrownBy(() -> FrameEncoder.encode(1, request, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("password");
    }

    @Test
    void pileStartConfirmFixtureDecodesEveryField() {
        PileStartConfirm confirm = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x32-pile-start-confirm.hex"),
                PileStartConfirm.class);

        TradeSerial serial = TradeSerial.of(PILE, 1, LocalDateTime.of(2024, 3, 15, 9, 12, 40), 1);
        assertThat(confirm).isEqualTo(new PileStartConfirm(serial, PILE, 1, APP_ACCOUNT, 25_680, true, 0));
        assertThat(confirm.failureReason()).isEqualTo("none");
        jsonRoundTrip(confirm);
    }

    @Test
    void everyStartConfirmFailureCodeIsDescribedAndUnknownCodesDoNotFail() {
        for (int code = 0x01; code <= 0x0B; code++) {
            assertThat(PileStartConfirm.describeFailure(code)).as("code %d", code).doesNotStartWith("unknown failure");
        }
        assertThat(PileStartConfirm.describeFailure(0x07)).isEqualTo("wrong password");
        assertThat(PileStartConfirm.describeFailure(0x0C)).isEqualTo("unknown failure 0x0C");
        RoundTrip.recordToBytesAndBack(new PileStartConfirm(TradeSerial.ZERO, PILE, 1, LogicalCardNo.NONE, 0, false, 0x0C));
    }

    @Test
    void remoteStartAndItsReplyDecodeEveryField() {
        RemoteStart start = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x34-remote-start.hex"), RemoteStart.class);
        RemoteStartReply reply = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x33-remote-start-reply.hex"),
                RemoteStartReply.class);

        assertThat(APP_SERIAL).hasToString("32010600019236012403151032050017");
        assertThat(start).isEqualTo(new RemoteStart(APP_SERIAL, PILE, 1, APP_ACCOUNT, CARD, 100_000));
        assertThat(reply).isEqualTo(new RemoteStartReply(APP_SERIAL, PILE, 1, true, 0));
        jsonRoundTrip(start);
        jsonRoundTrip(reply);
    }

    @Test
    void remoteStartReplyFailuresAreDescribed() {
        RemoteStartReply notPlugged = new RemoteStartReply(APP_SERIAL, PILE, 1, false, RemoteStartReply.GUN_NOT_PLUGGED);

        assertThat(notPlugged.failureReason()).isEqualTo("gun not plugged in");
        assertThat(RemoteStartReply.describeFailure(0x02)).isEqualTo("gun already charging");
        assertThat(RemoteStartReply.describeFailure(0x77)).isEqualTo("unknown failure 0x77");
        RoundTrip.recordToBytesAndBack(notPlugged);
    }

    @Test
    void startResultOtherThanZeroOrOneIsRejectedAsBadField() {
        byte[] frame = withBodyByte(HexFixture.load("0x33-remote-start-reply.hex"), 24, 0x02);

        assertThat(rejectionOf(frame).reason()).isEqualTo(RejectReason.BAD_FIELD);
    }

    @Test
    void balanceOutsideFourBytesFailsOnEncode() {
        RemoteStart tooRich = new RemoteStart(APP_SERIAL, PILE, 1, APP_ACCOUNT, CARD, 1L << 32);
        RemoteStart negative = new RemoteStart(APP_SERIAL, PILE, 1, APP_ACCOUNT, CARD, -1);
        BalanceUpdate update = new BalanceUpdate(PILE, 1, CARD, 1L << 32);

        assertThatThrownBy(() -> FrameEncoder.encode(1, tooRich, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("balanceFen");
        assertThatThrownBy(() -> FrameEncoder.encode(1, negative, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("balanceFen");
        assertThatThrownBy(() -> FrameEncoder.encode(1, update, CrcOrder.LOW_FIRST))
                .isInstanceOf(FieldException.class).hasMessageContaining("balanceFen");
        RoundTrip.recordToBytesAndBack(new RemoteStart(APP_SERIAL, PILE, 1, APP_ACCOUNT, CARD, 0xFFFF_FFFFL));
    }

    @Test
    void remoteStopAndItsReplyDecodeEveryField() {
        RemoteStop stop = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x36-remote-stop.hex"), RemoteStop.class);
        RemoteStopReply reply = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x35-remote-stop-reply.hex"),
                RemoteStopReply.class);

        assertThat(stop).isEqualTo(new RemoteStop(PILE, 1));
        assertThat(reply).isEqualTo(new RemoteStopReply(PILE, 1, true, 0));
        jsonRoundTrip(stop);
        jsonRoundTrip(reply);
        RemoteStopReply notCharging = new RemoteStopReply(PILE, 2, false, 0x02);
        assertThat(notCharging.failureReason()).isEqualTo("gun not charging");
        RoundTrip.recordToBytesAndBack(notCharging);
    }

    @Test
    void balanceUpdateAndItsReplyWithoutGunDecodeEveryField() {
        BalanceUpdate update = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x42-balance-update.hex"), BalanceUpdate.class);
        BalanceUpdateReply reply = RoundTrip.bytesToRecordAndBack(HexFixture.load("0x41-balance-update-reply.hex"),
                BalanceUpdateReply.class);

        assertThat(update).isEqualTo(new BalanceUpdate(PILE, 1, CARD, 35_000));
        assertThat(reply).isEqualTo(new BalanceUpdateReply(PILE, CARD, 0));
        assertThat(reply.updated()).isTrue();
        assertThat(reply.resultDescription()).isEqualTo("success");
        jsonRoundTrip(update);
        jsonRoundTrip(reply);
        BalanceUpdateReply wrongCard = new BalanceUpdateReply(PILE, CARD, 0x02);
        assertThat(wrongCard.updated()).isFalse();
        assertThat(wrongCard.resultDescription()).isEqualTo("card number wrong");
        RoundTrip.recordToBytesAndBack(wrongCard);
    }

    @Test
    void parallelStartRequestIsThePileStartRequestPlusGunRoleAndSequence() {
        byte[] frame = HexFixture.load("0xA1-parallel-start-request.hex");
        ParallelStartRequest parallel = RoundTrip.bytesToRecordAndBack(frame, ParallelStartRequest.class);

        PileStartRequest base = new PileStartRequest(PILE, 1, StartMode.CARD, true, CARD, MD5_123456, "");
        assertThat(parallel).isEqualTo(new ParallelStartRequest(base, ParallelGunRole.MAIN,
                ParallelSequence.parse("240316143005")));
        assertThat(bodyOf(frame, 51)).isEqualTo(bodyOf(FrameEncoder.encode(0x0102, base, CrcOrder.LOW_FIRST), 51));
        jsonRoundTrip(parallel);
        RoundTrip.recordToBytesAndBack(new ParallelStartRequest(new PileStartRequest(PILE, 2, StartMode.VIN, false,
                PhysicalCardNo.NONE, PileStartRequest.NO_PASSWORD, VIN), ParallelGunRole.AUXILIARY, PARALLEL_SEQUENCE));
    }

    @Test
    void parallelStartConfirmIsThePileStartConfirmPlusSequence() {
        byte[] frame = HexFixture.load("0xA2-parallel-start-confirm.hex");
        ParallelStartConfirm parallel = RoundTrip.bytesToRecordAndBack(frame, ParallelStartConfirm.class);

        TradeSerial serial = TradeSerial.of(PILE, 1, LocalDateTime.of(2024, 3, 16, 14, 30, 7), 2);
        PileStartConfirm base = new PileStartConfirm(serial, PILE, 1, LogicalCardNo.parse("1000000000000001"), 8_000,
                false, 0x08);
        assertThat(parallel).isEqualTo(new ParallelStartConfirm(base, ParallelSequence.parse("240316143005")));
        assertThat(parallel.confirm().failureReason()).isEqualTo("station capacity insufficient");
        assertThat(bodyOf(frame, 38)).isEqualTo(bodyOf(FrameEncoder.encode(0x0102, base, CrcOrder.LOW_FIRST), 38));
        jsonRoundTrip(parallel);
    }

    @Test
    void parallelStartAndItsReplyAreTheRemoteStartFramesPlusSequence() {
        byte[] startFrame = HexFixture.load("0xA4-parallel-start.hex");
        ParallelStart start = RoundTrip.bytesToRecordAndBack(startFrame, ParallelStart.class);
        byte[] replyFrame = HexFixture.load("0xA3-parallel-start-reply.hex");
        ParallelStartReply reply = RoundTrip.bytesToRecordAndBack(replyFrame, ParallelStartReply.class);

        RemoteStart baseStart = new RemoteStart(PARALLEL_SERIAL, PILE, 2, APP_ACCOUNT, PhysicalCardNo.NONE, 100_000);
        RemoteStartReply baseReply = new RemoteStartReply(PARALLEL_SERIAL, PILE, 2, true, 0);
        assertThat(PARALLEL_SEQUENCE).hasToString("240316150000");
        assertThat(start).isEqualTo(new ParallelStart(baseStart, PARALLEL_SEQUENCE));
        assertThat(reply).isEqualTo(new ParallelStartReply(baseReply, ParallelGunRole.AUXILIARY, PARALLEL_SEQUENCE));
        assertThat(bodyOf(startFrame, 44)).isEqualTo(bodyOf(FrameEncoder.encode(1, baseStart, CrcOrder.LOW_FIRST), 44));
        assertThat(bodyOf(replyFrame, 26)).isEqualTo(bodyOf(FrameEncoder.encode(1, baseReply, CrcOrder.LOW_FIRST), 26));
        jsonRoundTrip(start);
        jsonRoundTrip(reply);
    }

    @Test
    void unknownGunRoleIsRejectedAsBadField() {
        byte[] frame = withBodyByte(HexFixture.load("0xA1-parallel-start-request.hex"), 51, 0x02);

        FrameRejection rejection = rejectionOf(frame);

        assertThat(rejection.reason()).isEqualTo(RejectReason.BAD_FIELD);
        assertThat(rejection.detail()).contains("gunRole");
    }

    @Test
    void parallelSequenceIsTwelveBcdDigitsAndParsesFromJsonText() {
        assertThat(ParallelSequence.parse("240316150000")).isEqualTo(PARALLEL_SEQUENCE);
        assertThat(ParallelSequence.parse("5")).hasToString("000000000005");
        assertThatThrownBy(() -> ParallelSequence.parse("2403161500001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParallelSequence.parse("24031615000A")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bodyOf(byte[] frame, int length) {
        return Arrays.copyOfRange(frame, 6, 6 + length);
    }
}
