package io.chargeway.edge.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.message.session.HeartbeatResponse;
import io.chargeway.ykc.message.session.LoginResponse;

class PileSessionTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final PileSession.LoginFacts FACTS = new PileSession.LoginFacts(true, 2, "V1.6", "V4.1.50", 0);

    private final RecordingLink link = new RecordingLink();
    private final PileSession session = new PileSession(7, "10.0.0.1:5000", link, 1_000);

    @Test
    void sessionMovesFromConnectedThroughLoginToClosed() {
        assertThat(session.state()).isEqualTo(SessionState.CONNECTED);
        assertThat(session.label()).isEqualTo("10.0.0.1:5000");

        session.startLogin(PILE);
        assertThat(session.state()).isEqualTo(SessionState.LOGGING_IN);
        assertThat(session.label()).isEqualTo("32010600019236");

        session.loggedIn(11, 22, FACTS, 2_000);
        assertThat(session.state()).isEqualTo(SessionState.LOGGED_IN);
        assertThat(session.tenantId()).isEqualTo(11);
        assertThat(session.stationId()).isEqualTo(22);
        assertThat(session.gunCount()).isEqualTo(2);
        assertThat(session.lastFrameAt()).isEqualTo(2_000);

        assertThat(session.close("HEARTBEAT_TIMEOUT")).isTrue();
        assertThat(session.state()).isEqualTo(SessionState.CLOSED);
        assertThat(session.closeReason()).isEqualTo("HEARTBEAT_TIMEOUT");
        assertThat(link.closes).isEqualTo(1);
    }

    @Test
    void stateMachineRefusesBackwardAndSkippedMoves() {
        assertThatThrownBy(() -> session.loggedIn(1, 1, FACTS, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONNECTED to LOGGED_IN");
        session.startLogin(PILE);
        assertThatThrownBy(() -> session.startLogin(PILE)).isInstanceOf(IllegalStateException.class);
        assertThat(SessionState.CLOSED.canMoveTo(SessionState.CONNECTED)).isFalse();
        assertThat(SessionState.LOGGED_IN.canMoveTo(SessionState.LOGGING_IN)).isFalse();
        assertThat(SessionState.CONNECTED.canMoveTo(SessionState.CLOSED)).isTrue();
    }

    @Test
    void secondCloseKeepsTheFirstReasonAndDoesNotCloseTwice() {
        session.close("GARBAGE");

        assertThat(session.close("HEARTBEAT_TIMEOUT")).isFalse();
        assertThat(session.markClosed(PileSession.CLOSED_BY_PILE)).isFalse();
        assertThat(session.closeReason()).isEqualTo("GARBAGE");
        assertThat(link.closes).isEqualTo(1);
    }

    @Test
    void refusedLoginWritesTheLastFrameAndClosesAfterIt() {
        session.startLogin(PILE);

        session.closeAfter(5, new LoginResponse(PILE, false), "LOGIN_REFUSED");

        assertThat(link.written).containsExactly(new RecordingLink.Written(5, new LoginResponse(PILE, false), true));
        assertThat(session.state()).isEqualTo(SessionState.CLOSED);
    }

    @Test
    void originatedFramesCountFromZeroAndRepliesEchoTheRequestSequence() {
        HeartbeatResponse body = new HeartbeatResponse(PILE, 1, 0);
        session.send(body);
        session.reply(0x0105, body);
        session.send(body);

        assertThat(link.written).extracting(RecordingLink.Written::sequence).containsExactly(0, 0x0105, 1);
        assertThat(session.nextSequence()).isEqualTo(2);
    }

    @Test
    void sequenceWrapsAfter65535() {
        HeartbeatResponse body = new HeartbeatResponse(PILE, 1, 0);
        for (int i = 0; i < 65_536; i++) {
            session.send(body);
        }
        assertThat(session.nextSequence()).isZero();
    }

    @Test
    void crcOrderFollowsThePile() {
        assertThat(session.crcOrder()).isEqualTo(CrcOrder.LOW_FIRST);
        session.frameReceived(CrcOrder.HIGH_FIRST, 3_000);
        assertThat(session.crcOrder()).isEqualTo(CrcOrder.HIGH_FIRST);
        assertThat(session.lastFrameAt()).isEqualTo(3_000);
    }

    @Test
    void badFramesBeyondTheLimitWithinTheWindowTripButOldOnesExpire() {
        for (int i = 0; i < 3; i++) {
            assertThat(session.badFrame(1_000 + i, 60_000, 3)).isFalse();
        }
        assertThat(session.badFrame(1_500, 60_000, 3)).as("fourth within the window").isTrue();

        PileSession fresh = new PileSession(8, "x", new RecordingLink(), 0);
        for (int i = 0; i < 3; i++) {
            fresh.badFrame(i, 60_000, 3);
        }
        assertThat(fresh.badFrame(61_000, 60_000, 3)).as("window restarted").isFalse();
    }

    @Test
    void readingPausesAtTheWorkLimitAndResumesBelowIt() {
        session.requestStarted(2);
        assertThat(link.pauses).isZero();
        session.requestStarted(2);
        assertThat(link.pauses).isEqualTo(1);

        session.requestEnded(2);
        assertThat(link.resumes).isEqualTo(1);
        session.requestEnded(2);
        assertThat(link.resumes).isEqualTo(1);
        assertThat(session.inFlight()).isZero();
    }

    @Test
    void gunsAreCreatedOnFirstUseWithinOneTo99() {
        assertThat(session.knownGun(3)).isNull();
        TrackedGun gun = session.gun(3);
        assertThat(session.gun(3)).isSameAs(gun);
        assertThat(session.gunCount()).isEqualTo(3);
        assertThatThrownBy(() -> session.gun(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.gun(100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventBudgetDropsEventsBeyondThePerSecondLimitAndRefillsEverySecond() {
        for (int i = 0; i < 3; i++) {
            assertThat(session.takeEvent(5_000, 3)).isTrue();
        }
        assertThat(session.takeEvent(5_999, 3)).isFalse();
        assertThat(session.takeEvent(6_000, 3)).isTrue();
    }
}
