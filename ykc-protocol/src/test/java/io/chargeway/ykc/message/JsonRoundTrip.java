package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders a record to JSON and parses it back as the CLI's {@code decode}/{@code encode} do,
 * asserting that nothing is lost.
 */
final class JsonRoundTrip {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRoundTrip() {
    }

    /** Asserts that {@code message} survives JSON and returns the JSON text for content checks. */
    static String assertSurvives(YkcMessage message) {
        try {
            String json = MAPPER.writeValueAsString(message);
            assertThat(MAPPER.readValue(json, message.getClass())).as(json).isEqualTo(message);
            return json;
        } catch (JsonProcessingException e) {
            throw new AssertionError("JSON round trip of " + message + " failed", e);
        }
    }
}
