package io.chargeway.web.bench;

import org.HdrHistogram.Histogram;

/** Prints a latency histogram recorded in microseconds. */
final class LatencyReport {

    private LatencyReport() {
    }

    static String of(Histogram h) {
        return String.format("count %d, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms", h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
