package io.chargeway.edge.presence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionState;
import io.vertx.core.Future;

/**
 * Spreads the lease renewals of the node's piles evenly over the renewal period instead of
 * renewing every lease in one burst. Each logged-in session sits in one of {@link #slotCount()}
 * slots, chosen by a hash of its pile number; the slots take turns, one every
 * {@code renewMillis / slots}, so a tick renews about {@code piles / slots} leases (about 625 of
 * 50,000 piles with the defaults: 20 s period, 250 ms tick) and never holds the event loop or
 * Redis for long. The hash, not the login time, picks the slot, so a mass login spreads as
 * evenly as a slow one.
 *
 * <p>The guarantee that a live pile's lease never expires: {@link #tick} renews every slot whose
 * turn has come since the last tick (a late tick catches up, at most one full round at once), so
 * every live session is renewed once per period, plus the lateness of a tick, and the lease lives
 * three periods. A session that closed leaves its slot at the slot's next turn. Event-loop confined.
 */
public final class LeaseRenewals {

    private final Function<PileSession, Future<Void>> acquire;
    private final Consumer<List<PileSession>> renew;
    private final List<List<PileSession>> slots;
    private final long slotMillis;
    private int next;
    private long nextDueAt;
    private int size;

    /**
     * Creates the schedule; the first slot is due one slot interval after {@code now}.
     *
     * @param acquire     takes a session's lease ({@link PilePresence#acquire})
     * @param renew       renews the leases of live sessions ({@link PilePresence#renew})
     * @param renewMillis how often each lease is renewed (a third of the lease)
     * @param tickMillis  how often {@link #tick} is called; the period is cut into slots of this length
     * @param now         monotonic milliseconds
     */
    public LeaseRenewals(Function<PileSession, Future<Void>> acquire, Consumer<List<PileSession>> renew, long renewMillis,
                         long tickMillis, long now) {
        if (renewMillis < 1 || tickMillis < 1) {
            throw new IllegalArgumentException("renewal period and tick must be positive: " + renewMillis + ", " + tickMillis);
        }
        int count = (int) Math.max(1, Math.min(10_000, renewMillis / tickMillis));
        this.acquire = acquire;
        this.renew = renew;
        this.slots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            slots.add(new ArrayList<>());
        }
        this.slotMillis = renewMillis / count;
        this.nextDueAt = now + slotMillis;
    }

    /**
     * Takes the lease of a session that just logged in and schedules its renewals.
     *
     * @return the Future of the lease taken (from the {@code acquire} function)
     */
    public Future<Void> acquire(PileSession session) {
        slots.get(slotOf(session.pileNoText(), slots.size())).add(session);
        size++;
        return acquire.apply(session);
    }

    /**
     * Renews the leases of the slots whose turn has come by {@code now}.
     *
     * @param now monotonic milliseconds
     * @return how many leases this tick renewed
     */
    public int tick(long now) {
        int renewed = 0;
        int turns = 0;
        while (now >= nextDueAt && turns < slots.size()) {
            renewed += renewSlot(slots.get(next));
            next = (next + 1) % slots.size();
            nextDueAt += slotMillis;
            turns++;
        }
        if (now >= nextDueAt) {
            // a full round was overdue and is now done: start the next round from here instead of bursting again
            nextDueAt = now + slotMillis;
        }
        return renewed;
    }

    /** Sessions scheduled, closed ones included until their slot's next turn. */
    public int size() {
        return size;
    }

    /** The number of slots the period is cut into. */
    public int slotCount() {
        return slots.size();
    }

    /** The slot of a pile number among {@code slots}: stable, and spread evenly over consecutive numbers. */
    static int slotOf(String pileNo, int slots) {
        int h = pileNo.hashCode();
        return Math.floorMod(h ^ (h >>> 16), slots);
    }

    private int renewSlot(List<PileSession> slot) {
        List<PileSession> live = new ArrayList<>(slot.size());
        for (PileSession s : slot) {
            if (s.state() == SessionState.LOGGED_IN) {
                live.add(s);
            }
        }
        size -= slot.size() - live.size();
        slot.clear();
        slot.addAll(live);
        if (!live.isEmpty()) {
            renew.accept(live);
        }
        return live.size();
    }
}
