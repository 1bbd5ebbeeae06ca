package io.chargeway.edge.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.session.Heartbeat;
import io.vertx.core.Future;

class PendingRepliesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final TradeSerial SERIAL_A = TradeSerial.parse("32010600019236012001061803423060");
    private static final TradeSerial SERIAL_B = TradeSerial.parse("32010600019236012001061803423061");
    private static final YkcMessage SOME_REPLY = new Heartbeat(PILE, 1, false);

    private FakeTimers timers;
    private PendingReplies pending;
    private PileSession session;

    @BeforeEach
    void setUp() {
        timers = new FakeTimers();
        pending = new PendingReplies(timers, timers);
        session = new PileSession(1, "10.0.0.1:5000", new RecordingLink(), 0);
    }

    @Test
    void replyWithMatchingTypeGunAndSerialCompletesTheCommandWithItsRoundTrip() {
        Future<PendingReplies.Reply> reply = pending.await(session,
                new ReplyKey(FrameType.REMOTE_START_REPLY, 1, SERIAL_A), "c-1", 10_000);
        timers.advance(120);

        boolean matched = pending.complete(session, new ReplyKey(FrameType.REMOTE_START_REPLY, 1, SERIAL_A), SOME_REPLY);

        assertThat(matched).isTrue();
        assertThat(reply.result().message()).isSameAs(SOME_REPLY);
        assertThat(reply.result().roundTripMillis()).isEqualTo(120);
        assertThat(timers.active()).as("the timeout timer is cancelled").isZero();
        assertThat(pending.size()).isZero();
    }

    @Test
    void replyForAnotherGunSerialOrTypeDoesNotCompleteTheCommand() {
        Future<PendingReplies.Reply> reply = pending.await(session,
                new ReplyKey(FrameType.REMOTE_START_REPLY, 1, SERIAL_A), "c-1", 10_000);

        assertThat(pending.complete(session, new ReplyKey(FrameType.REMOTE_START_REPLY, 2, SERIAL_A), SOME_REPLY)).isFalse();
        assertThat(pending.complete(session, new ReplyKey(FrameType.REMOTE_START_REPLY, 1, SERIAL_B), SOME_REPLY)).isFalse();
        assertThat(pending.complete(session, new ReplyKey(FrameType.REMOTE_STOP_REPLY, 1, null), SOME_REPLY)).isFalse();
        assertThat(reply.isComplete()).isFalse();
    }

    @Test
    void replyOfAnotherSessionDoesNotCompleteTheCommand() {
        PileSession other = new PileSession(2, "10.0.0.2:5000", new RecordingLink(), 0);
        pending.await(session, ReplyKey.of(FrameType.REBOOT_REPLY), "c-1", 10_000);

        assertThat(pending.complete(other, ReplyKey.of(FrameType.REBOOT_REPLY), SOME_REPLY)).isFalse();
        assertThat(pending.waiting(session)).isEqualTo(1);
    }

    @Test
    void replyWithoutGunMatchesACommandForAnyGun() {
        Future<PendingReplies.Reply> reply = pending.await(session, ReplyKey.of(FrameType.BALANCE_UPDATE_REPLY, 2), "c-1", 10_000);

        assertThat(pending.complete(session, ReplyKey.of(FrameType.BALANCE_UPDATE_REPLY), SOME_REPLY)).isTrue();
        assertThat(reply.succeeded()).isTrue();
    }

    @Test
    void commandWithoutAnswerFailsWithCommandTimeoutNamingPileAndCorrelation() {
        Future<PendingReplies.Reply> reply = pending.await(session, ReplyKey.of(FrameType.REBOOT_REPLY), "c-42", 10_000);

        timers.advance(9_999);
        assertThat(reply.isComplete()).isFalse();
        timers.advance(1);

        assertThat(reply.failed()).isTrue();
        PlatformException failure = (PlatformException) reply.cause();
        assertThat(failure.code()).isEqualTo(ErrorCode.COMMAND_TIMEOUT);
        assertThat(failure.getMessage()).contains("10.0.0.1:5000", "0x91", "10000 ms", "c-42");
        assertThat(pending.complete(session, ReplyKey.of(FrameType.REBOOT_REPLY), SOME_REPLY))
                .as("a late reply finds nobody waiting").isFalse();
    }

    @Test
    void secondCommandAwaitingTheSameReplyIsRefusedAsBusy() {
        pending.await(session, ReplyKey.of(FrameType.REMOTE_STOP_REPLY, 1), "c-1", 10_000);

        Future<PendingReplies.Reply> second = pending.await(session, ReplyKey.of(FrameType.REMOTE_STOP_REPLY, 1), "c-2", 10_000);
        Future<PendingReplies.Reply> otherGun = pending.await(session, ReplyKey.of(FrameType.REMOTE_STOP_REPLY, 2), "c-3", 10_000);

        assertThat(((PlatformException) second.cause()).code()).isEqualTo(ErrorCode.PILE_BUSY);
        assertThat(otherGun.isComplete()).isFalse();
        assertThat(pending.waiting(session)).isEqualTo(2);
    }

    @Test
    void closingTheConnectionFailsEveryWaitingCommandAndCancelsTheirTimers() {
        Future<PendingReplies.Reply> a = pending.await(session, ReplyKey.of(FrameType.REBOOT_REPLY), "c-1", 10_000);
        Future<PendingReplies.Reply> b = pending.await(session, ReplyKey.of(FrameType.REMOTE_STOP_REPLY, 1), "c-2", 10_000);

        pending.failAll(session, new PlatformException(ErrorCode.PILE_OFFLINE, "gone"));

        assertThat(((PlatformException) a.cause()).code()).isEqualTo(ErrorCode.PILE_OFFLINE);
        assertThat(((PlatformException) b.cause()).code()).isEqualTo(ErrorCode.PILE_OFFLINE);
        assertThat(timers.active()).isZero();
        assertThat(pending.size()).isZero();
    }
}
