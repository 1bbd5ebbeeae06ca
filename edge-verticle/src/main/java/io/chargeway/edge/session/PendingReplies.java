package io.chargeway.edge.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.ykc.message.YkcMessage;
import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * Commands sent to piles that wait for the pile's reply frame, like Hono's pending
 * acknowledgements: each waits with a timer, is matched on its {@link ReplyKey}, and ends exactly
 * once (reply, timeout, or the connection closing). Nothing waits forever. Event-loop confined.
 */
public final class PendingReplies {

    /** Schedules one-shot timers; Vert.x timers in production, a fake clock in tests. */
    public interface Timers {
        /** Runs {@code action} after {@code delayMillis}; returns an id for {@link #cancel}. */
        long schedule(long delayMillis, Runnable action);

        /** Cancels a scheduled action (no effect if it already ran). */
        void cancel(long id);
    }

    /**
     * A reply that arrived.
     *
     * @param message         the pile's reply frame body
     * @param roundTripMillis time from {@link #await} to the reply
     */
    public record Reply(YkcMessage message, long roundTripMillis) {
    }

    private final Map<PileSession, List<Pending>> bySession = new HashMap<>();
    private final Timers timers;
    private final LongSupplier clock;

    /**
     * Creates the table.
     *
     * @param timers schedules the timeouts
     * @param clock  monotonic milliseconds, for round-trip times
     */
    public PendingReplies(Timers timers, LongSupplier clock) {
        this.timers = timers;
        this.clock = clock;
    }

    /**
     * Waits for the reply matching {@code key} on {@code session}. Register before sending the frame.
     *
     * @return a Future completed with the reply; failed with {@link ErrorCode#COMMAND_TIMEOUT} after
     *         {@code timeoutMillis}, {@link ErrorCode#PILE_OFFLINE} if the connection closes first, or
     *         {@link ErrorCode#PILE_BUSY} at once if a command waiting for the same reply is outstanding
     */
    public Future<Reply> await(PileSession session, ReplyKey key, String correlationId, long timeoutMillis) {
        List<Pending> list = bySession.computeIfAbsent(session, s -> new ArrayList<>(2));
        for (Pending p : list) {
            if (p.key.matches(key)) {
                return Future.failedFuture(new PlatformException(ErrorCode.PILE_BUSY, "pile " + session.label()
                        + " is still answering command " + p.correlationId + " (" + key.type().hex() + " awaited)"));
            }
        }
        Pending pending = new Pending(key, correlationId, clock.getAsLong(), timeoutMillis);
        list.add(pending);
        pending.timer = timers.schedule(timeoutMillis, () -> expire(session, pending));
        return pending.promise.future();
    }

    /**
     * Hands a reply frame to the oldest command waiting for it.
     *
     * @return whether a command was waiting (false: the reply is unsolicited)
     */
    public boolean complete(PileSession session, ReplyKey actual, YkcMessage message) {
        List<Pending> list = bySession.get(session);
        if (list == null) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            Pending p = list.get(i);
            if (p.key.matches(actual)) {
                remove(session, list, i);
                timers.cancel(p.timer);
                p.promise.complete(new Reply(message, clock.getAsLong() - p.startedAt));
                return true;
            }
        }
        return false;
    }

    /** Fails every command waiting on {@code session} (its connection closed). */
    public void failAll(PileSession session, PlatformException failure) {
        List<Pending> list = bySession.remove(session);
        if (list == null) {
            return;
        }
        for (Pending p : list) {
            timers.cancel(p.timer);
            p.promise.fail(failure);
        }
    }

    /** Commands waiting on {@code session}. */
    public int waiting(PileSession session) {
        List<Pending> list = bySession.get(session);
        return list == null ? 0 : list.size();
    }

    /** Commands waiting on all sessions. */
    public int size() {
        int n = 0;
        for (List<Pending> list : bySession.values()) {
            n += list.size();
        }
        return n;
    }

    private void expire(PileSession session, Pending pending) {
        List<Pending> list = bySession.get(session);
        int i = list == null ? -1 : list.indexOf(pending);
        if (i < 0) {
            return;
        }
        remove(session, list, i);
        pending.promise.fail(new PlatformException(ErrorCode.COMMAND_TIMEOUT, String.format(
                "pile %s did not answer with %s %s within %d ms [correlation: %s]", session.label(),
                pending.key.type().hex(), pending.key.type().englishName(), pending.timeoutMillis, pending.correlationId)));
    }

    private void remove(PileSession session, List<Pending> list, int index) {
        list.remove(index);
        if (list.isEmpty()) {
            bySession.remove(session);
        }
    }

    /** One command waiting for its reply. */
    private static final class Pending {
        private final ReplyKey key;
        private final String correlationId;
        private final long startedAt;
        private final long timeoutMillis;
        private final Promise<Reply> promise = Promise.promise();
        private long timer;

        Pending(ReplyKey key, String correlationId, long startedAt, long timeoutMillis) {
            this.key = key;
            this.correlationId = correlationId;
            this.startedAt = startedAt;
            this.timeoutMillis = timeoutMillis;
        }
    }
}
