package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chargeway.ykc.frame.Crc16Modbus;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.testing.CollectingListener;

/**
 * Helpers for the charging and card codec tests: the JSON round trip the CLI tool relies on, and
 * frame edits that keep the CRC valid so that the body codec, not the CRC check, sees bad input.
 */
final class WireTestSupport {

    /** A plain mapper, as the CLI tool uses: unknown properties fail, so stray derived accessors would show. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireTestSupport() {
    }

    /** Renders {@code message} to JSON, parses it back and asserts equality; returns the JSON. */
    static String jsonRoundTrip(YkcMessage message) {
        try {
            String json = JSON.writeValueAsString(message);
            assertThat(JSON.readValue(json, message.getClass())).as(json).isEqualTo(message);
            return json;
        } catch (JsonProcessingException e) {
            throw new AssertionError("JSON round trip failed for " + message, e);
        }
    }

    /** A copy of {@code frame} with body byte {@code bodyIndex} set to {@code value} and the CRC recomputed. */
    static byte[] withBodyByte(byte[] frame, int bodyIndex, int value) {
        byte[] copy = frame.clone();
        copy[6 + bodyIndex] = (byte) value;
        return withFreshCrc(copy);
    }

    /** A copy of {@code frame} without its last {@code n} body bytes, length byte and CRC adjusted. */
    static byte[] withoutLastBodyBytes(byte[] frame, int n) {
        byte[] copy = Arrays.copyOf(frame, frame.length - n);
        copy[1] = (byte) ((frame[1] & 0xFF) - n);
        return withFreshCrc(copy);
    }

    /** Feeds {@code frame} to a decoder with the default cap and returns the single rejection. */
    static FrameRejection rejectionOf(byte[] frame) {
        CollectingListener listener = new CollectingListener();
        new FrameDecoder(listener).feed(frame, 0, frame.length);
        assertThat(listener.frames).as("decoded frames").isEmpty();
        assertThat(listener.rejections).hasSize(1);
        return listener.rejections.get(0);
    }

    private static byte[] withFreshCrc(byte[] frame) {
        int length = frame[1] & 0xFF;
        int crc = Crc16Modbus.compute(frame, 2, length);
        frame[frame.length - 2] = (byte) crc;
        frame[frame.length - 1] = (byte) (crc >>> 8);
        return frame;
    }
}
