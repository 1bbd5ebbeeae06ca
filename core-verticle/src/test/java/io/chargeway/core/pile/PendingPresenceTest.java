package io.chargeway.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.chargeway.contract.pile.PileLoginRequest;

class PendingPresenceTest {

    private static final String PILE = "32010600019001";
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void anOfflineAloneClearsTheNodeOnlyIfTheRegistryStillNamesIt() {
        PendingPresence p = new PendingPresence(PILE);
        p.seen(T0);
        p.clearIf("edge-1");

        PresenceUpdate u = p.toUpdate();

        assertThat(u.assignNode()).isFalse();
        assertThat(u.clearIfNodes()).isEqualTo("edge-1");
        assertThat(u.loginAt()).isNull();
    }

    @Test
    void onlineThenOfflineAtTheSameNodeLeavesThePileWithoutANode() {
        PendingPresence p = new PendingPresence(PILE);
        p.assign("edge-1");
        p.clearIf("edge-1");

        PresenceUpdate u = p.toUpdate();

        assertThat(u.assignNode()).isTrue();
        assertThat(u.node()).isNull();
    }

    @Test
    void aLateOfflineOfTheOldNodeDoesNotUndoTheNewNode() {
        PendingPresence p = new PendingPresence(PILE);
        p.clearIf("edge-1");
        p.assign("edge-2");
        p.clearIf("edge-1");

        PresenceUpdate u = p.toUpdate();

        assertThat(u.assignNode()).isTrue();
        assertThat(u.node()).isEqualTo("edge-2");
        assertThat(u.clearIfNodes()).isNull();
    }

    @Test
    void theLastLoginToArriveWinsAndTheSeenTimeNeverMovesBack() {
        PendingPresence p = new PendingPresence(PILE);
        p.seen(T0.plusSeconds(5));
        p.login(T0.plusSeconds(5), new PileLoginRequest(PILE, "edge-1", "127.0.0.1:1", true, 2, "V1.6", "SIM-1.0", null));
        p.seen(T0);
        p.login(T0, new PileLoginRequest(PILE, "edge-2", "127.0.0.1:2", true, 2, "V1.6", "SIM-2.0", "8986"));

        PresenceUpdate u = p.toUpdate();

        assertThat(u.seenAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(u.programVersion()).isEqualTo("SIM-2.0");
        assertThat(u.simIccid()).isEqualTo("8986");
        assertThat(u.node()).isEqualTo("edge-2");
    }
}
