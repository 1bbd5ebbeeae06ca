package io.chargeway.bench.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The edge node's own view of the load, read from its Prometheus endpoint: piles logged in, and
 * the counters of disconnects and frames in and out (summed over their labels).
 *
 * @param loggedIn    {@code edge_piles_logged_in}
 * @param disconnects {@code edge_disconnects_total}, all reasons
 * @param framesIn    {@code ykc_frames_in_total}, all types
 * @param framesOut   {@code ykc_frames_out_total}, all types
 */
record EdgeGauges(long loggedIn, long disconnects, long framesIn, long framesOut) {

    /**
     * Reads the gauges from Prometheus text.
     *
     * @throws IllegalArgumentException if the text lacks {@code edge_piles_logged_in}
     */
    static EdgeGauges parse(String prometheusText) {
        double loggedIn = sum(prometheusText, "edge_piles_logged_in");
        if (Double.isNaN(loggedIn)) {
            throw new IllegalArgumentException("no edge_piles_logged_in in the metrics; is this an edge node's /metrics?");
        }
        return new EdgeGauges((long) loggedIn, orZero(sum(prometheusText, "edge_disconnects_total")),
                orZero(sum(prometheusText, "ykc_frames_in_total")), orZero(sum(prometheusText, "ykc_frames_out_total")));
    }

    /**
     * Fetches and parses {@code url} (a blocking call: use it from a plain thread).
     *
     * @throws IOException if the endpoint cannot be read or does not answer 200
     */
    static EdgeGauges fetch(HttpClient http, URI url) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + url, e);
        }
    }

    /** The counters' growth from {@code earlier} to this reading; {@code loggedIn} stays this reading's. */
    EdgeGauges since(EdgeGauges earlier) {
        return new EdgeGauges(loggedIn, disconnects - earlier.disconnects, framesIn - earlier.framesIn, framesOut - earlier.framesOut);
    }

    /** The sum of every series of {@code metric} (any labels), NaN when there is none. */
    static double sum(String text, String metric) {
        double total = Double.NaN;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                String value = line.substring(line.lastIndexOf(' ') + 1).trim();
                total = (Double.isNaN(total) ? 0 : total) + Double.parseDouble(value);
            }
        }
        return total;
    }

    private static long orZero(double value) {
        return Double.isNaN(value) ? 0 : Math.round(value);
    }
}
