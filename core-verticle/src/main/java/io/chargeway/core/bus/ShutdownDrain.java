package io.chargeway.core.bus;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryContext;
import io.vertx.core.eventbus.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stopping verticle waits for before it closes its clients: the requests its consumers
 * received and have not answered yet, and other work in flight (the database work through its
 * pool). Requests are seen through event-bus interceptors: one delivered to a watched address with
 * a reply address counts until its reply or failure leaves (the interceptors see every message of
 * the Vert.x instance, so a second verticle serving the same addresses in this JVM is waited for
 * too, which only lengthens the wait). A request never answered stops counting after
 * {@value #FORGET_AFTER_MILLIS} ms, when its sender has long given up.
 *
 * <p>Use: {@link #watch} after registering the consumers; on stop, unregister them (no new
 * requests), then {@link #drained} (bounded), then close the clients, then {@link #close}.
 */
public final class ShutdownDrain {

    static final long FORGET_AFTER_MILLIS = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDrain.class);
    private static final long POLL_MILLIS = 20;

    private final Vertx vertx;
    private final IntSupplier otherWork;
    private final Set<String> addresses = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> open = new ConcurrentHashMap<>();
    private final Handler<DeliveryContext<Object>> inbound = this::inbound;
    private final Handler<DeliveryContext<Object>> outbound = this::outbound;
    private boolean installed;

    /**
     * A drain for one verticle.
     *
     * @param otherWork work in flight besides requests (e.g. the pool's {@code inFlight})
     */
    public ShutdownDrain(Vertx vertx, IntSupplier otherWork) {
        this.vertx = vertx;
        this.otherWork = otherWork;
    }

    /** Starts counting requests to {@code served} (the verticle's consumer addresses). */
    public void watch(Collection<String> served) {
        addresses.addAll(served);
        if (!installed) {
            installed = true;
            vertx.eventBus().addInboundInterceptor(inbound);
            vertx.eventBus().addOutboundInterceptor(outbound);
        }
    }

    /** Requests received on the watched addresses and not answered yet. */
    public int openRequests() {
        long oldest = System.currentTimeMillis() - FORGET_AFTER_MILLIS;
        open.values().removeIf(receivedAt -> receivedAt < oldest);
        return open.size();
    }

    /**
     * Waits until no request is open and no other work is in flight, at most {@code max}.
     *
     * @return a Future that always succeeds: {@code true} when drained, {@code false} when the time
     *         ran out (what was still in flight is logged)
     */
    public Future<Boolean> drained(Duration max) {
        Promise<Boolean> done = Promise.promise();
        long deadline = System.nanoTime() + max.toNanos();
        poll(deadline, done);
        return done.future();
    }

    /** Stops watching (removes the interceptors). */
    public void close() {
        if (installed) {
            installed = false;
            vertx.eventBus().removeInboundInterceptor(inbound);
            vertx.eventBus().removeOutboundInterceptor(outbound);
        }
        open.clear();
    }

    private void poll(long deadline, Promise<Boolean> done) {
        int requests = openRequests();
        int other = otherWork.getAsInt();
        if (requests == 0 && other == 0) {
            done.complete(true);
        } else if (System.nanoTime() >= deadline) {
            LOG.warn("stopping with work still in flight [requests: {}, database: {}]", requests, other);
            done.complete(false);
        } else {
            vertx.setTimer(POLL_MILLIS, id -> poll(deadline, done));
        }
    }

    private void inbound(DeliveryContext<Object> ctx) {
        Message<Object> m = ctx.message();
        if (m.replyAddress() != null && addresses.contains(m.address())) {
            open.put(m.replyAddress(), System.currentTimeMillis());
        }
        ctx.next();
    }

    private void outbound(DeliveryContext<Object> ctx) {
        if (!open.isEmpty()) {
            open.remove(ctx.message().address());
        }
        ctx.next();
    }
}
