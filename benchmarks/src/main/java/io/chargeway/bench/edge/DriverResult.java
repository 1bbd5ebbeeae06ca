package io.chargeway.bench.edge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;

import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;

/**
 * What one load-driver JVM measured, written as JSON so that the report can merge the drivers of a
 * run (histograms travel compressed, Base64-encoded).
 *
 * @param label            the driver's name, e.g. {@code driver-1}
 * @param piles            piles this driver ran
 * @param rampMillis       from the first connect to all piles logged in (-1 if they never were)
 * @param window           what happened during the measurement window
 * @param reconnectsTotal  reconnect attempts over the whole run, ramp included
 * @param loginFailures    refused or unanswered logins over the whole run
 * @param loginMicros      login time of every login (TCP connect started to 0x02 success)
 * @param commandMicros    round trip of every answered command during the window
 * @param commandFailures  failed commands by error code
 * @param failureSamples   the first failure message of each code
 * @param edge             the edge node's counters over the window, or null when this driver did not read them
 */
record DriverResult(String label, int piles, long rampMillis, Window window, long reconnectsTotal, long loginFailures,
                    Histogram loginMicros, Histogram commandMicros, Map<String, Long> commandFailures,
                    Map<String, String> failureSamples, EdgeWindow edge) {

    /**
     * The measurement window as the piles saw it. Logged-in counts, reconnects and errors also cover
     * the 10 s command warm-up before it; frames and commands count in the window only.
     *
     * @param millis           its length
     * @param loggedInAtStart  piles logged in when the warm-up began
     * @param fewestLoggedIn   the fewest logged in at any one-second sample
     * @param loggedInAtEnd    piles logged in when it ended
     * @param reconnects       reconnect attempts during it
     * @param errors           connection errors and undecodable frames during it
     * @param framesSent       frames the piles wrote
     * @param framesReceived   frames the piles received
     * @param commandsSent     commands sent (or due with no logged-in pile to take them)
     * @param commandsReplied  commands answered
     */
    record Window(long millis, long loggedInAtStart, long fewestLoggedIn, long loggedInAtEnd, long reconnects, long errors,
                  long framesSent, long framesReceived, long commandsSent, long commandsReplied) {
    }

    /**
     * The edge's counters: logged-in counts and disconnects from the start of the warm-up, frames and
     * commands over the window.
     *
     * @param loggedInAtStart    {@code edge_piles_logged_in} when the warm-up began
     * @param fewestLoggedIn     its smallest sample
     * @param loggedInAtEnd      its value at the end
     * @param disconnects        growth of {@code edge_disconnects_total}
     * @param framesIn           growth of {@code ykc_frames_in_total}
     * @param framesOut          growth of {@code ykc_frames_out_total}
     * @param commands           commands the edge timed (frame sent to the pile's reply) in the window
     * @param commandMeanMicros  their mean round trip at the edge
     * @param commandMaxMicros   the edge's decaying maximum at the end of the window
     * @param logins             logins the edge timed before the window (0x01 to the core's answer)
     * @param loginMeanMicros    their mean
     */
    record EdgeWindow(long loggedInAtStart, long fewestLoggedIn, long loggedInAtEnd, long disconnects, long framesIn,
                      long framesOut, long commands, long commandMeanMicros, long commandMaxMicros, long logins,
                      long loginMeanMicros) {
    }

    /** This result as JSON. */
    JsonObject toJson() {
        return new JsonObject().put("label", label).put("piles", piles).put("rampMillis", rampMillis)
                .put("window", JsonObject.mapFrom(window)).put("reconnectsTotal", reconnectsTotal)
                .put("loginFailures", loginFailures).put("loginMicros", encode(loginMicros))
                .put("commandMicros", encode(commandMicros)).put("commandFailures", new JsonObject(Map.copyOf(commandFailures)))
                .put("failureSamples", new JsonObject(Map.copyOf(failureSamples)))
                .put("edge", edge == null ? null : JsonObject.mapFrom(edge));
    }

    /**
     * Reads a result written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException if the JSON or a histogram in it is damaged
     */
    static DriverResult fromJson(JsonObject json) {
        Map<String, Long> failures = new TreeMap<>();
        json.getJsonObject("commandFailures", new JsonObject()).forEach(e -> failures.put(e.getKey(), ((Number) e.getValue()).longValue()));
        Map<String, String> samples = new TreeMap<>();
        json.getJsonObject("failureSamples", new JsonObject()).forEach(e -> samples.put(e.getKey(), String.valueOf(e.getValue())));
        JsonObject edge = json.getJsonObject("edge");
        return new DriverResult(json.getString("label"), json.getInteger("piles"), json.getLong("rampMillis"),
                json.getJsonObject("window").mapTo(Window.class), json.getLong("reconnectsTotal"), json.getLong("loginFailures"),
                decode(json.getString("loginMicros")), decode(json.getString("commandMicros")), failures, samples,
                edge == null ? null : edge.mapTo(EdgeWindow.class));
    }

    /** Writes the JSON to {@code file}. */
    void write(Path file) throws IOException {
        Files.writeString(file, toJson().encodePrettily(), StandardCharsets.UTF_8);
    }

    /** Reads a result file. */
    static DriverResult read(Path file) throws IOException {
        return fromJson(new JsonObject(Files.readString(file, StandardCharsets.UTF_8)));
    }

    static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    static Histogram decode(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("damaged histogram in a driver result: " + e.getMessage(), e);
        }
    }
}
