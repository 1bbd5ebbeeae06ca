package io.chargeway.edge.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** A fake clock with timers, advanced by the test. */
final class FakeTimers implements PendingReplies.Timers, LongSupplier {

    private record Scheduled(long id, long due, Runnable action) {
    }

    private final List<Scheduled> scheduled = new ArrayList<>();
    private long now;
    private long nextId;

    @Override
    public long schedule(long delayMillis, Runnable action) {
        long id = ++nextId;
        scheduled.add(new Scheduled(id, now + delayMillis, action));
        return id;
    }

    @Override
    public void cancel(long id) {
        scheduled.removeIf(s -> s.id == id);
    }

    @Override
    public long getAsLong() {
        return now;
    }

    /** Moves the clock and runs the timers that fall due. */
    void advance(long millis) {
        now += millis;
        List<Scheduled> due = new ArrayList<>();
        for (Scheduled s : scheduled) {
            if (s.due <= now) {
                due.add(s);
            }
        }
        scheduled.removeAll(due);
        due.forEach(s -> s.action.run());
    }

    int active() {
        return scheduled.size();
    }
}
