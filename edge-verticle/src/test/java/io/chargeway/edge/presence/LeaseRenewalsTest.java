package io.chargeway.edge.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionLink;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.YkcMessage;
import io.vertx.core.Future;

class LeaseRenewalsTest {

    private static final long PERIOD = 20_000;
    private static final long TICK = 250;

    private final List<PileSession> acquired = new ArrayList<>();
    private final List<List<PileSession>> renewCalls = new ArrayList<>();
    private final LeaseRenewals renewals = new LeaseRenewals(s -> {
        acquired.add(s);
        return Future.succeededFuture();
    }, batch -> renewCalls.add(List.copyOf(batch)), PERIOD, TICK, 0);

    @Test
    void everyLivePileIsRenewedOncePerPeriodInSlicesOfAboutItsShare() {
        List<PileSession> sessions = loggedIn(10_000);

        for (long now = TICK; now <= PERIOD; now += TICK) {
            renewals.tick(now);
        }

        assertThat(renewals.slotCount()).isEqualTo(80);
        assertThat(acquired).hasSize(10_000);
        assertThat(renewCounts()).hasSize(10_000).allSatisfy((session, n) -> assertThat(n).isEqualTo(1));
        assertThat(renewCalls).hasSize(80);
        assertThat(renewCalls).allSatisfy(batch -> assertThat(batch.size()).as("one tick's renewals, the share being 125")
                .isBetween(60, 250));
        assertThat(sessions).allSatisfy(s -> assertThat(renewCounts()).containsKey(s));
    }

    @Test
    void aLateTickRenewsEverySlotThatCameDueMeanwhileAndSkipsNone() {
        loggedIn(2_000);

        renewals.tick(5_000);
        int afterLateTick = renewCounts().size();
        for (long now = 5_250; now <= PERIOD; now += TICK) {
            renewals.tick(now);
        }

        assertThat(afterLateTick).as("20 of 80 slots were due").isBetween(300, 700);
        assertThat(renewCounts()).hasSize(2_000).allSatisfy((session, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aTickLateByMoreThanAFullRoundRenewsEveryPileOnceAndTheRoundStartsAfresh() {
        loggedIn(1_000);

        assertThat(renewals.tick(3 * PERIOD)).isEqualTo(1_000);
        assertThat(renewals.tick(3 * PERIOD)).as("nothing more is due right away").isZero();
        assertThat(renewals.tick(3 * PERIOD + TICK)).as("the next slot only").isLessThan(100);
    }

    @Test
    void noLivePileGoesLongerThanOnePeriodPlusATicksLatenessWithoutARenewal() {
        List<PileSession> sessions = loggedIn(3_000);
        Map<PileSession, Long> last = new HashMap<>();
        sessions.forEach(s -> last.put(s, 0L));
        Random jitter = new Random(7);
        long longest = 0;
        for (long due = TICK; due <= 10 * PERIOD; due += TICK) {
            long now = due + jitter.nextInt(400);
            renewCalls.clear();
            renewals.tick(now);
            for (List<PileSession> batch : renewCalls) {
                for (PileSession s : batch) {
                    longest = Math.max(longest, now - last.put(s, now));
                }
            }
        }

        assertThat(longest).as("the lease lives three periods").isLessThanOrEqualTo(PERIOD + 400);
    }

    @Test
    void aClosedSessionLeavesItsSlotAndIsNotRenewedAgain() {
        List<PileSession> sessions = loggedIn(100);
        sessions.get(0).close("CLOSED_BY_PILE");
        sessions.get(1).close("REPLACED");

        for (long now = TICK; now <= PERIOD; now += TICK) {
            renewals.tick(now);
        }

        assertThat(renewCounts()).hasSize(98).doesNotContainKeys(sessions.get(0), sessions.get(1));
        assertThat(renewals.size()).isEqualTo(98);
    }

    @Test
    void consecutivePileNumbersSpreadEvenlyOverTheSlots() {
        int[] perSlot = new int[80];
        for (int i = 0; i < 8_000; i++) {
            perSlot[LeaseRenewals.slotOf(Long.toString(32010600019001L + i), 80)]++;
        }

        assertThat(Arrays.stream(perSlot).min().orElseThrow()).isGreaterThanOrEqualTo(50);
        assertThat(Arrays.stream(perSlot).max().orElseThrow()).isLessThanOrEqualTo(150);
    }

    private Map<PileSession, Integer> renewCounts() {
        Map<PileSession, Integer> counts = new HashMap<>();
        renewCalls.forEach(batch -> batch.forEach(s -> counts.merge(s, 1, Integer::sum)));
        return counts;
    }

    private List<PileSession> loggedIn(int n) {
        List<PileSession> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PileSession s = new PileSession(i, "10.0.0.1:" + i, new NoLink(), 0);
            s.startLogin(new PileNo(32010600019001L + i));
            s.loggedIn(1, 1, new PileSession.LoginFacts(false, 1, "V1.6", "fw", 0), 0);
            renewals.acquire(s);
            sessions.add(s);
        }
        return sessions;
    }

    /** A socket that accepts everything. */
    private static final class NoLink implements SessionLink {
        @Override
        public void write(int sequence, YkcMessage message, boolean close) {
        }

        @Override
        public void pauseReading() {
        }

        @Override
        public void resumeReading() {
        }

        @Override
        public void close() {
        }
    }
}
