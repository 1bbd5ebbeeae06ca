package io.chargeway.bench.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import org.HdrHistogram.Histogram;

/**
 * The figures of a run, merged over its drivers (counts add up, histograms merge), and the verdict:
 * the run passes only if every pile was logged in when the window began, stayed logged in at every
 * sample, did not reconnect, and the edge counted no disconnect. Heap per pile is
 * (heap after GC with the piles - heap after GC before them) / piles held.
 */
final class BenchSummary {

    /** The target of the issue: at most this much edge heap per connected pile. */
    static final double HEAP_TARGET_KB = 10.0;

    private final List<DriverResult> results;
    private final Histogram logins;
    private final Histogram commands;
    private final Map<String, Long> failures = new TreeMap<>();
    private long heapBeforeKb = -1;
    private long heapAfterKb = -1;
    private long liveBeforeKb = -1;
    private long liveAfterKb = -1;

    private BenchSummary(List<DriverResult> results) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no driver results to summarise");
        }
        this.results = List.copyOf(results);
        this.logins = new Histogram(results.get(0).loginMicros().getHighestTrackableValue(), 3);
        this.commands = new Histogram(results.get(0).commandMicros().getHighestTrackableValue(), 3);
        for (DriverResult r : results) {
            logins.add(r.loginMicros());
            commands.add(r.commandMicros());
            r.commandFailures().forEach((code, n) -> failures.merge(code, n, Long::sum));
        }
    }

    /** The summary of one or more drivers' results. */
    static BenchSummary of(List<DriverResult> results) {
        return new BenchSummary(results);
    }

    /** Adds the platform's heap after a full GC before the piles connected and after all logged in, in KB. */
    BenchSummary withHeap(long beforeKb, long afterKb) {
        this.heapBeforeKb = beforeKb;
        this.heapAfterKb = afterKb;
        return this;
    }

    /** Adds the bytes of live objects (class histograms) at the same two moments, in KB. */
    BenchSummary withLiveObjects(long beforeKb, long afterKb) {
        this.liveBeforeKb = beforeKb;
        this.liveAfterKb = afterKb;
        return this;
    }

    /** Whether one driver's piles all stayed logged in through its window. */
    static boolean passed(DriverResult r) {
        DriverResult.Window w = r.window();
        boolean piles = w.loggedInAtStart() == r.piles() && w.fewestLoggedIn() == r.piles() && w.loggedInAtEnd() == r.piles()
                && w.reconnects() == 0;
        return piles && (r.edge() == null || r.edge().disconnects() == 0);
    }

    /** Whether every driver passed. */
    boolean passed() {
        return results.stream().allMatch(BenchSummary::passed);
    }

    /** Piles run by all drivers. */
    long piles() {
        return results.stream().mapToLong(DriverResult::piles).sum();
    }

    /** Piles logged in at the end of the window, by the piles' own count. */
    long held() {
        return results.stream().mapToLong(r -> r.window().loggedInAtEnd()).sum();
    }

    /** Edge heap per pile held in KB, or NaN without heap figures. */
    double heapPerPileKb() {
        return perPile(heapBeforeKb, heapAfterKb);
    }

    private double perPile(long beforeKb, long afterKb) {
        long held = edge() == null ? held() : edge().loggedInAtEnd();
        return beforeKb < 0 || held == 0 ? Double.NaN : (double) (afterKb - beforeKb) / held;
    }

    /** The summary block, one figure per line. */
    String render() {
        List<String> lines = new ArrayList<>();
        lines.add("== Chargeway edge benchmark: " + results.size() + (results.size() == 1 ? " driver" : " drivers") + " ==");
        lines.add(row("piles held", held() + " of " + piles() + edgeHeld()));
        lines.add(row("frames/s", frames()));
        lines.add(row("p99 login time", percentiles(logins)));
        lines.add(row("", loginDetail()));
        lines.add(row("p99 command RTT", percentiles(commands)));
        lines.add(row("", commandDetail()));
        if (heapBeforeKb >= 0) {
            lines.add(row("edge heap per pile", String.format(Locale.ROOT, "%.1f KB (heap used after full GC: %.1f MB before the piles,"
                    + " %.1f MB with them; target <= %.0f KB: %s)", heapPerPileKb(), heapBeforeKb / 1024.0, heapAfterKb / 1024.0,
                    HEAP_TARGET_KB, heapPerPileKb() <= HEAP_TARGET_KB ? "met" : "missed")));
        }
        if (liveBeforeKb >= 0) {
            lines.add(row("", String.format(Locale.ROOT, "live objects: %.1f KB per pile (class histograms: %.1f MB -> %.1f MB)",
                    perPile(liveBeforeKb, liveAfterKb), liveBeforeKb / 1024.0, liveAfterKb / 1024.0)));
        }
        lines.add(row("disconnects", disconnects()));
        lines.add(row("verdict", passed() ? "PASS: every pile stayed logged in through the window"
                : "FAIL: piles dropped, reconnected or never logged in (see the lines above)"));
        return String.join(System.lineSeparator(), lines);
    }

    private String edgeHeld() {
        DriverResult.EdgeWindow e = edge();
        long windowSeconds = results.get(0).window().millis() / 1000;
        String piles = String.format(" logged in through the %d s window (fewest at any sample: %d)", windowSeconds,
                sum(r -> r.window().fewestLoggedIn()));
        return e == null ? piles : piles + String.format("; the edge counted %d logged in (fewest %d)", e.loggedInAtEnd(),
                e.fewestLoggedIn());
    }

    private String loginDetail() {
        long rampMillis = results.stream().mapToLong(DriverResult::rampMillis).max().orElse(0);
        String line = String.format(Locale.ROOT, "connect to 0x02, %d logins; all logged in %.1f s after the first connect (%.0f/s)",
                logins.getTotalCount(), rampMillis / 1000.0, rampMillis == 0 ? 0.0 : piles() * 1000.0 / rampMillis);
        DriverResult.EdgeWindow e = edge();
        return e == null || e.logins() == 0 ? line : line + String.format(Locale.ROOT,
                "; the core's answer took %.1f ms on average at the edge", e.loginMeanMicros() / 1000.0);
    }

    private String commandDetail() {
        String line = String.format("driver -> core -> edge -> pile and back; %d sent, %d answered, failed: %s",
                sum(r -> r.window().commandsSent()), sum(r -> r.window().commandsReplied()), failures.isEmpty() ? "none" : failures);
        Map<String, String> samples = new TreeMap<>();
        results.forEach(r -> r.failureSamples().forEach(samples::putIfAbsent));
        if (!samples.isEmpty()) {
            line += " " + samples;
        }
        DriverResult.EdgeWindow e = edge();
        return e == null || e.commands() == 0 ? line : line + String.format(Locale.ROOT,
                "; edge <-> pile part: mean %.1f ms, max %.1f ms", e.commandMeanMicros() / 1000.0, e.commandMaxMicros() / 1000.0);
    }

    private String frames() {
        double up = 0;
        double down = 0;
        for (DriverResult r : results) {
            up += r.window().framesSent() * 1000.0 / r.window().millis();
            down += r.window().framesReceived() * 1000.0 / r.window().millis();
        }
        String line = String.format(Locale.ROOT, "%.0f (%.0f pile -> edge, %.0f edge -> pile)", up + down, up, down);
        DriverResult.EdgeWindow e = edge();
        if (e != null) {
            double seconds = results.get(0).window().millis() / 1000.0;
            line += String.format(Locale.ROOT, "; the edge counted %.0f in, %.0f out", e.framesIn() / seconds, e.framesOut() / seconds);
        }
        return line;
    }

    private String disconnects() {
        long reconnects = sum(r -> r.window().reconnects());
        String line = String.format("%d pile reconnects in the window, fewest logged in %d of %d", reconnects,
                sum(r -> r.window().fewestLoggedIn()), piles());
        if (edge() != null) {
            line += ", edge disconnects " + edge().disconnects();
        }
        return line + String.format("; whole run: %d reconnects, %d login failures", sum(DriverResult::reconnectsTotal),
                sum(DriverResult::loginFailures));
    }

    private DriverResult.EdgeWindow edge() {
        return results.stream().map(DriverResult::edge).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private long sum(ToLongFunction<DriverResult> f) {
        return results.stream().mapToLong(f).sum();
    }

    private static String percentiles(Histogram h) {
        if (h.getTotalCount() == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f ms (p50 %.1f ms, p99.9 %.1f ms, max %.1f ms)", h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
    }

    private static String row(String name, String value) {
        return String.format("  %-22s %s", name, value);
    }
}
