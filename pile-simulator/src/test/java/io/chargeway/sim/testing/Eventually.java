package io.chargeway.sim.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition from the test thread until it holds or the time is up. */
public final class Eventually {

    private Eventually() {
    }

    /** Waits until {@code condition} holds; fails the test with {@code what} after {@code timeout}. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
