package io.chargeway.bench.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.chargeway.sim.ConnectionState;
import io.chargeway.sim.SimulatorStats;
import io.chargeway.sim.fleet.SimulatorFleet;
import org.HdrHistogram.Histogram;

/**
 * Watches a running fleet from the driver's main thread: the ramp until every pile is logged in,
 * then the measurement window (one-second samples of the piles logged in, the fleet's frame
 * counters, and the edge's own counters every {@value #EDGE_SAMPLE_SECONDS} s when its metrics
 * URL is known). Blocking by design: it sleeps between samples and never runs on an event loop.
 */
final class LoadWindow {

    /** Where progress lines go. */
    @FunctionalInterface
    interface Out {
        /** Prints one line, formatted like {@link String#format}. */
        void say(String format, Object... args);
    }

    private static final long RAMP_PROGRESS_MILLIS = 5_000;
    private static final long WINDOW_PROGRESS_MILLIS = 10_000;
    private static final int EDGE_SAMPLE_SECONDS = 5;
    /** Commands sent before the window to warm the command path up; they are not counted. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private final SimulatorFleet fleet;
    private final Out out;
    private final URI edgeMetrics;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final long startedNanos = System.nanoTime();

    LoadWindow(SimulatorFleet fleet, Out out, String edgeMetricsUrl) {
        this.fleet = fleet;
        this.out = out;
        this.edgeMetrics = edgeMetricsUrl == null ? null : URI.create(edgeMetricsUrl);
    }

    /**
     * Prints a progress line every 5 s until every pile is logged in.
     *
     * @return milliseconds from the fleet's start until then, or -1 after {@code timeout}
     */
    long awaitAllLoggedIn(Duration timeout) throws InterruptedException {
        long nextProgress = 0;
        while (true) {
            long elapsed = millisSince(startedNanos);
            long loggedIn = loggedIn();
            if (loggedIn >= fleet.size()) {
                return elapsed;
            }
            if (elapsed > timeout.toMillis()) {
                out.say("only %d of %d piles logged in after %d s; giving up", loggedIn, fleet.size(), timeout.toSeconds());
                return -1;
            }
            if (elapsed >= nextProgress) {
                SimulatorStats s = fleet.stats();
                out.say("ramp %3d s: started %d/%d, connected %d, logged in %d, login failures %d, reconnects %d, errors %d",
                        elapsed / 1000, fleet.started(), fleet.size(), s.connected(), loggedIn, s.loginFailures(), s.reconnects(),
                        s.errors());
                nextProgress += RAMP_PROGRESS_MILLIS;
            }
            Thread.sleep(100);
        }
    }

    /**
     * Runs the window: starts the command probe with a 10 s warm-up, then counts for {@code length},
     * stops the probe and waits up to {@code graceMillis} for its last answers. Piles leaving the
     * logged-in state are watched (one-second samples) from the warm-up on; frames and commands are
     * counted in the window only.
     */
    DriverResult measure(String label, long rampMillis, Duration length, CommandProbe probe, long graceMillis) throws Exception {
        SimulatorStats s = fleet.stats();
        long reconnects0 = s.reconnects();
        long errors0 = s.errors();
        Watch watch = new Watch(loggedIn(), readEdge());
        probe.start();
        out.say("command warm-up for %d s (not counted)", WARM_UP.toSeconds());
        sample(watch, System.nanoTime(), WARM_UP, null);
        EdgeGauges edgeStart = readEdge();
        watch.framesSent0 = s.framesSent();
        watch.framesReceived0 = s.framesReceived();
        long begin = System.nanoTime();
        probe.startCounting();
        sample(watch, begin, length, probe);
        long millis = millisSince(begin);
        long atEnd = loggedIn();
        long sent = s.framesSent() - watch.framesSent0;
        long received = s.framesReceived() - watch.framesReceived0;
        DriverResult.EdgeWindow edge = edgeWindow(watch, edgeStart);
        probe.stop(graceMillis).toCompletionStage().toCompletableFuture().get(graceMillis + 5_000, TimeUnit.MILLISECONDS);
        DriverResult.Window window = new DriverResult.Window(millis, watch.atStart, watch.fewest, atEnd, s.reconnects() - reconnects0,
                s.errors() - errors0, sent, received, probe.sent(), probe.replied());
        return new DriverResult(label, fleet.size(), rampMillis, window, s.reconnects(), s.loginFailures(), s.loginMicros(),
                probe.roundTripMicros(), probe.failures(), probe.failureSamples(), edge);
    }

    /** Baselines and the fewest piles logged in seen so far, by the piles and by the edge. */
    private static final class Watch {
        final long atStart;
        final EdgeGauges edgeAtStart;
        long fewest;
        long fewestEdge;
        long framesSent0;
        long framesReceived0;

        Watch(long atStart, EdgeGauges edgeAtStart) {
            this.atStart = atStart;
            this.edgeAtStart = edgeAtStart;
            this.fewest = atStart;
            this.fewestEdge = edgeAtStart == null ? -1 : edgeAtStart.loggedIn();
        }
    }

    /** Samples once a second for {@code length}; with a probe, prints a progress line every 10 s. */
    private void sample(Watch watch, long begin, Duration length, CommandProbe probe) throws InterruptedException {
        SimulatorStats s = fleet.stats();
        for (int second = 1; second <= length.toSeconds(); second++) {
            sleepUntil(begin + TimeUnit.SECONDS.toNanos(second));
            watch.fewest = Math.min(watch.fewest, loggedIn());
            if (watch.edgeAtStart != null && second % EDGE_SAMPLE_SECONDS == 0) {
                EdgeGauges now = readEdge();
                watch.fewestEdge = now == null ? watch.fewestEdge : Math.min(watch.fewestEdge, now.loggedIn());
            }
            if (probe != null && second * 1000L % WINDOW_PROGRESS_MILLIS == 0) {
                progress(second, length, watch.fewest, s.framesSent() - watch.framesSent0, s.framesReceived() - watch.framesReceived0,
                        probe);
            }
        }
    }

    /**
     * The edge's figures: logged-in counts and disconnects from the start of the warm-up, frames and
     * command timings from {@code windowStart} on; null when the edge's metrics could not be read.
     */
    private DriverResult.EdgeWindow edgeWindow(Watch watch, EdgeGauges windowStart) {
        EdgeGauges end = watch.edgeAtStart == null || windowStart == null ? null : readEdge();
        if (end == null) {
            return null;
        }
        EdgeGauges growth = end.since(windowStart);
        long disconnects = end.disconnects() - watch.edgeAtStart.disconnects();
        return new DriverResult.EdgeWindow(watch.edgeAtStart.loggedIn(), Math.min(watch.fewestEdge, end.loggedIn()), end.loggedIn(),
                disconnects, growth.framesIn(), growth.framesOut(), growth.commands(),
                meanMicros(growth.commandSeconds(), growth.commands()), Math.round(end.commandMaxSeconds() * 1e6),
                watch.edgeAtStart.logins(), meanMicros(watch.edgeAtStart.loginSeconds(), watch.edgeAtStart.logins()));
    }

    private static long meanMicros(double seconds, long count) {
        return count == 0 ? 0 : Math.round(seconds * 1e6 / count);
    }

    private void progress(int second, Duration length, long fewest, long sent, long received, CommandProbe probe) {
        Histogram rtt = probe.roundTripMicros();
        out.say("window %3d/%d s: logged in %d (fewest %d), frames/s up %d down %d, commands %d answered %d (p99 %.1f ms),"
                        + " reconnects %d", second, length.toSeconds(), loggedIn(), fewest, sent / second, received / second,
                probe.sent(), probe.replied(), rtt.getValueAtPercentile(99) / 1000.0, fleet.stats().reconnects());
    }

    private EdgeGauges readEdge() {
        if (edgeMetrics == null) {
            return null;
        }
        try {
            return EdgeGauges.fetch(http, edgeMetrics);
        } catch (IOException | RuntimeException e) {
            out.say("could not read the edge's metrics (%s): %s", edgeMetrics, e.getMessage());
            return null;
        }
    }

    private long loggedIn() {
        return fleet.stats().inState(ConnectionState.LOGGED_IN);
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
