package io.chargeway.sim;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect back-off: exponential from {@code base}, capped at {@code max}, with jitter so that a
 * fleet dropped at once does not come back at once. Attempt {@code n} (0 for the first retry)
 * waits a random time in {@code [ceiling(n) * (1 - jitter), ceiling(n)]} where
 * {@code ceiling(n) = min(max, base * 2^n)}.
 *
 * @param baseMillis the ceiling of the first retry, at least 1
 * @param maxMillis  the largest ceiling, at least {@code baseMillis}
 * @param jitter     the fraction of the ceiling that is randomised, 0..1
 */
public record Backoff(long baseMillis, long maxMillis, double jitter) {

    /** Real piles retry within seconds and settle at about a minute. */
    public static final Backoff DEFAULT = new Backoff(1_000, 60_000, 0.5);

    /** Validates the values. */
    public Backoff {
        if (baseMillis < 1 || maxMillis < baseMillis) {
            throw new IllegalArgumentException("back-off needs 1 <= base <= max, got base " + baseMillis + " ms, max " + maxMillis + " ms");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("back-off jitter must be 0..1, got " + jitter);
        }
    }

    /** A back-off from durations with the default jitter of 0.5. */
    public static Backoff of(Duration base, Duration max) {
        return new Backoff(base.toMillis(), max.toMillis(), 0.5);
    }

    /** The longest wait before retry {@code attempt} (0-based). */
    public long ceilingMillis(int attempt) {
        if (attempt >= 62 || baseMillis > maxMillis >> Math.min(attempt, 62)) {
            return maxMillis;
        }
        return Math.min(maxMillis, baseMillis << attempt);
    }

    /** The shortest wait before retry {@code attempt}. */
    public long floorMillis(int attempt) {
        long ceiling = ceilingMillis(attempt);
        return ceiling - (long) (ceiling * jitter);
    }

    /**
     * The wait before retry {@code attempt}, drawn between {@link #floorMillis} and {@link #ceilingMillis}.
     *
     * @param attempt 0 for the first retry after a loss, growing by one per failed retry
     * @param random  the source of jitter
     */
    public long delayMillis(int attempt, RandomGenerator random) {
        long ceiling = ceilingMillis(Math.max(0, attempt));
        long floor = floorMillis(Math.max(0, attempt));
        return floor == ceiling ? ceiling : random.nextLong(floor, ceiling + 1);
    }
}
