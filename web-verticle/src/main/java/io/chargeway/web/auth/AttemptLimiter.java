package io.chargeway.web.auth;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Fixed one-minute windows of attempts per client address, for the login and SMS routes.
 * Owned by one verticle instance and used on its event loop only; each web node and instance
 * counts on its own, so the effective limit is at most the configured one times the instances.
 * Per-account limits that must hold across nodes (admin lockout, SMS codes per phone) live in
 * the core. Windows of idle clients are dropped by {@link #sweep()}.
 */
public final class AttemptLimiter {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, long[]> windows = new HashMap<>();

    /** A limiter of {@code perMinute} attempts per address. */
    public AttemptLimiter(int perMinute, LongSupplier clockMillis) {
        this.perMinute = perMinute;
        this.clock = clockMillis;
    }

    /**
     * Counts one attempt of {@code client}.
     *
     * @return true if allowed, false if the client used up its window
     */
    public boolean tryAcquire(String client) {
        long now = clock.getAsLong();
        long[] w = windows.get(client);
        if (w == null || now - w[0] >= WINDOW_MILLIS) {
            if (windows.size() >= MAX_TRACKED) {
                sweep();
            }
            windows.put(client, new long[] {now, 1});
            return true;
        }
        w[1]++;
        return w[1] <= perMinute;
    }

    /** Drops expired windows. */
    public void sweep() {
        long now = clock.getAsLong();
        for (Iterator<long[]> it = windows.values().iterator(); it.hasNext();) {
            if (now - it.next()[0] >= WINDOW_MILLIS) {
                it.remove();
            }
        }
    }

    /** A route handler failing with 429 when the caller's address is over the limit. */
    public Handler<RoutingContext> handler() {
        return rc -> {
            String client = rc.request().remoteAddress() == null ? "" : rc.request().remoteAddress().hostAddress();
            if (tryAcquire(client)) {
                rc.next();
            } else {
                rc.response().putHeader("Retry-After", "60");
                rc.fail(new PlatformException(ErrorCode.TOO_MANY_REQUESTS, "too many attempts from this address; retry in a minute"));
            }
        };
    }
}
