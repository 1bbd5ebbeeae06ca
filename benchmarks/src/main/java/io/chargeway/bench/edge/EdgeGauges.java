package io.chargeway.bench.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.DoubleBinaryOperator;

/**
 * The edge node's own view of the load, read from its Prometheus endpoint: piles logged in, the
 * counters of disconnects and frames in and out, and its timers of command round trips (frame
 * sent to the pile's reply) and login decisions (0x01 to the core's answer). Series are summed
 * over their labels; maxima are Micrometer's decaying maxima (about the last two minutes).
 *
 * @param loggedIn          {@code edge_piles_logged_in}
 * @param disconnects       {@code edge_disconnects_total}, all reasons
 * @param framesIn          {@code ykc_frames_in_total}, all types
 * @param framesOut         {@code ykc_frames_out_total}, all types
 * @param commands          {@code edge_command_round_trip_seconds_count}, all commands and outcomes
 * @param commandSeconds    {@code edge_command_round_trip_seconds_sum}
 * @param commandMaxSeconds the largest {@code edge_command_round_trip_seconds_max}
 * @param logins            {@code edge_login_duration_seconds_count}
 * @param loginSeconds      {@code edge_login_duration_seconds_sum}
 */
record EdgeGauges(long loggedIn, long disconnects, long framesIn, long framesOut, long commands, double commandSeconds,
                  double commandMaxSeconds, long logins, double loginSeconds) {

    private static final String COMMAND_TIMER = "edge_command_round_trip_seconds";
    private static final String LOGIN_TIMER = "edge_login_duration_seconds";

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
                orZero(sum(prometheusText, "ykc_frames_in_total")), orZero(sum(prometheusText, "ykc_frames_out_total")),
                orZero(sum(prometheusText, COMMAND_TIMER + "_count")), zeroIfNaN(sum(prometheusText, COMMAND_TIMER + "_sum")),
                zeroIfNaN(max(prometheusText, COMMAND_TIMER + "_max")), orZero(sum(prometheusText, LOGIN_TIMER + "_count")),
                zeroIfNaN(sum(prometheusText, LOGIN_TIMER + "_sum")));
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

    /** The counters' growth from {@code earlier} to this reading; gauges and maxima stay this reading's. */
    EdgeGauges since(EdgeGauges earlier) {
        return new EdgeGauges(loggedIn, disconnects - earlier.disconnects, framesIn - earlier.framesIn, framesOut - earlier.framesOut,
                commands - earlier.commands, commandSeconds - earlier.commandSeconds, commandMaxSeconds, logins - earlier.logins,
                loginSeconds - earlier.loginSeconds);
    }

    /** The sum of every series of {@code metric} (any labels), NaN when there is none. */
    static double sum(String text, String metric) {
        return fold(text, metric, Double::sum);
    }

    /** The largest value of the series of {@code metric}, NaN when there is none. */
    static double max(String text, String metric) {
        return fold(text, metric, Math::max);
    }

    private static double fold(String text, String metric, DoubleBinaryOperator op) {
        double result = Double.NaN;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
                result = Double.isNaN(result) ? value : op.applyAsDouble(result, value);
            }
        }
        return result;
    }

    private static long orZero(double value) {
        return Double.isNaN(value) ? 0 : Math.round(value);
    }

    private static double zeroIfNaN(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
