package io.chargeway.sim.cli;

import io.chargeway.sim.ConnectionState;
import io.chargeway.sim.SimulatorStats;

/**
 * The one-line live view of a fleet, rewritten in place with {@code \r} every second:
 * elapsed time, connected / logged in / charging, errors, reconnects and frames per second.
 */
final class ProgressLine {

    private final SimulatorStats stats;
    private final int piles;
    private final long startNanos = System.nanoTime();
    private long lastNanos = startNanos;
    private long lastSent;
    private long lastReceived;
    private int lastLength;

    ProgressLine(SimulatorStats stats, int piles) {
        this.stats = stats;
        this.piles = piles;
    }

    /** The next line, with the frame rates measured since the previous call. */
    String next() {
        long now = System.nanoTime();
        long sent = stats.framesSent();
        long received = stats.framesReceived();
        double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
        long outRate = Math.round((sent - lastSent) / seconds);
        long inRate = Math.round((received - lastReceived) / seconds);
        lastNanos = now;
        lastSent = sent;
        lastReceived = received;
        String line = String.format("[%5ds] connected %d/%d | logged in %d | charging %d | errors %d | reconnects %d"
                        + " | login failures %d | frames/s out %d in %d",
                (now - startNanos) / 1_000_000_000L, stats.connected(), piles, stats.inState(ConnectionState.LOGGED_IN),
                stats.charging(), stats.errors(), stats.reconnects(), stats.loginFailures(), outRate, inRate);
        int pad = Math.max(0, lastLength - line.length());
        lastLength = line.length();
        return "\r" + line + " ".repeat(pad);
    }

    /** The closing summary, several lines. */
    String summary() {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        return String.format("%nsimulated %d piles for %d s%n  logged in at the end: %d, charging: %d%n"
                        + "  login time: %s%n  login failures: %d, reconnects: %d, errors: %d (bad frames from the platform: %d)%n"
                        + "  frames sent: %d, received: %d%n",
                piles, seconds, stats.inState(ConnectionState.LOGGED_IN), stats.charging(), stats.loginSummary(),
                stats.loginFailures(), stats.reconnects(), stats.errors(), stats.badFramesReceived(), stats.framesSent(),
                stats.framesReceived());
    }
}
