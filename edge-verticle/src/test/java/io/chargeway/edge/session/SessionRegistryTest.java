package io.chargeway.edge.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.chargeway.ykc.field.PileNo;

class SessionRegistryTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");

    private final SessionRegistry registry = new SessionRegistry();

    @Test
    void reconnectReplacesTheOldSessionAndTheOldOnesCloseLeavesTheNewOneRegistered() {
        PileSession old = loggingIn(1);
        PileSession fresh = loggingIn(2);
        assertThat(registry.replace(old)).isNull();

        assertThat(registry.replace(fresh)).isSameAs(old);

        assertThat(registry.removeIfCurrent(old)).as("the old session is no longer current").isFalse();
        assertThat(registry.find(PILE)).isSameAs(fresh);
        assertThat(registry.isCurrent(fresh)).isTrue();
        assertThat(registry.removeConnection(old)).isTrue();
        assertThat(registry.connectionCount()).isEqualTo(1);
        assertThat(registry.loggedInCount()).isEqualTo(1);
    }

    @Test
    void closeOfTheCurrentSessionRemovesItOnce() {
        PileSession s = loggingIn(1);
        registry.replace(s);

        assertThat(registry.removeIfCurrent(s)).isTrue();
        assertThat(registry.removeIfCurrent(s)).isFalse();
        assertThat(registry.removeConnection(s)).isTrue();
        assertThat(registry.removeConnection(s)).isFalse();
        assertThat(registry.find(PILE)).isNull();
    }

    @Test
    void registeringTheSameSessionAgainReplacesNothing() {
        PileSession s = loggingIn(1);
        registry.replace(s);
        assertThat(registry.replace(s)).isNull();
    }

    @Test
    void drainTakesEveryLoggedInSessionOut() {
        registry.replace(loggingIn(1));
        assertThat(registry.drainLoggedIn()).hasSize(1);
        assertThat(registry.loggedInCount()).isZero();
    }

    private PileSession loggingIn(long id) {
        PileSession s = new PileSession(id, "10.0.0." + id + ":5000", new RecordingLink(), 0);
        registry.addConnection(s);
        s.startLogin(PILE);
        return s;
    }
}
