package io.chargeway.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/**
 * What tests attach to a pile: frame handlers, waiters for a condition or a frame, and (when the
 * settings say so) the last received frames. Created on first use, so a pile nobody watches pays
 * nothing. Confined to the pile's event loop.
 */
final class PileObserver {

    static final int LAST_FRAMES = 32;

    /** A handler for received (or sent) frames of one type. */
    private record FrameHandler(FrameType type, boolean sent, Consumer<YkcMessage> handler) {
    }

    /** A pending await: either a condition on the pile or the next frame of a type. */
    private static final class Waiter {
        final Predicate<SimulatedPile> condition;
        final FrameType frameType;
        final boolean sent;
        final Promise<YkcMessage> promise = Promise.promise();
        long timerId;

        Waiter(Predicate<SimulatedPile> condition, FrameType frameType, boolean sent) {
            this.condition = condition;
            this.frameType = frameType;
            this.sent = sent;
        }
    }

    private final Vertx vertx;
    private final ArrayDeque<YkcMessage> lastReceived;
    private final List<FrameHandler> handlers = new ArrayList<>(2);
    private final List<Waiter> waiters = new ArrayList<>(2);

    PileObserver(Vertx vertx, boolean keepLastFrames) {
        this.vertx = vertx;
        this.lastReceived = keepLastFrames ? new ArrayDeque<>(LAST_FRAMES) : null;
    }

    void addHandler(FrameType type, boolean sent, Consumer<YkcMessage> handler) {
        handlers.add(new FrameHandler(type, sent, handler));
    }

    Future<YkcMessage> awaitFrame(FrameType type, boolean sent, long timeoutMillis, String what) {
        return add(new Waiter(null, type, sent), timeoutMillis, what);
    }

    Future<YkcMessage> awaitCondition(SimulatedPile pile, Predicate<SimulatedPile> condition, long timeoutMillis, String what) {
        if (condition.test(pile)) {
            return Future.succeededFuture();
        }
        return add(new Waiter(condition, null, false), timeoutMillis, what);
    }

    private Future<YkcMessage> add(Waiter waiter, long timeoutMillis, String what) {
        waiters.add(waiter);
        waiter.timerId = vertx.setTimer(timeoutMillis, id -> {
            if (waiters.remove(waiter)) {
                waiter.promise.fail(new TimeoutException("timed out after " + timeoutMillis + " ms waiting for " + what));
            }
        });
        return waiter.promise.future();
    }

    void frame(SimulatedPile pile, YkcMessage message, boolean sent) {
        if (!sent && lastReceived != null) {
            if (lastReceived.size() == LAST_FRAMES) {
                lastReceived.removeFirst();
            }
            lastReceived.addLast(message);
        }
        FrameType type = message.frameType();
        for (int i = 0; i < handlers.size(); i++) {
            FrameHandler h = handlers.get(i);
            if (h.type == type && h.sent == sent) {
                h.handler.accept(message);
            }
        }
        List<Waiter> matched = null;
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter w = it.next();
            if (w.frameType == type && w.sent == sent) {
                it.remove();
                matched = add(matched, w);
            }
        }
        completeAll(matched, message);
        changed(pile);
    }

    void changed(SimulatedPile pile) {
        if (waiters.isEmpty()) {
            return;
        }
        List<Waiter> matched = null;
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter w = it.next();
            if (w.condition != null && w.condition.test(pile)) {
                it.remove();
                matched = add(matched, w);
            }
        }
        completeAll(matched, null);
    }

    private static List<Waiter> add(List<Waiter> list, Waiter w) {
        List<Waiter> l = list == null ? new ArrayList<>(2) : list;
        l.add(w);
        return l;
    }

    /** Completes outside the iteration: a completion handler may add the next waiter. */
    private void completeAll(List<Waiter> matched, YkcMessage message) {
        if (matched != null) {
            for (Waiter w : matched) {
                vertx.cancelTimer(w.timerId);
                w.promise.complete(message);
            }
        }
    }

    List<YkcMessage> lastReceived() {
        return lastReceived == null ? List.of() : List.copyOf(lastReceived);
    }
}
