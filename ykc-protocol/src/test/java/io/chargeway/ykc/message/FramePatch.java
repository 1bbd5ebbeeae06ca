package io.chargeway.ykc.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import io.chargeway.ykc.frame.Crc16Modbus;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.testing.CollectingListener;

/** Builds bad frames from good fixtures and decodes them, for the "bad input" cases of the codec tests. */
final class FramePatch {

    private static final int BODY = 6;

    private FramePatch() {
    }

    /**
     * A copy of {@code frame} with bytes from body offset {@code bodyOffset} replaced by
     * {@code values}, and a fresh CRC (low byte first), so that only the body is wrong.
     */
    static byte[] body(byte[] frame, int bodyOffset, int... values) {
        byte[] copy = Arrays.copyOf(frame, frame.length);
        for (int i = 0; i < values.length; i++) {
            copy[BODY + bodyOffset + i] = (byte) values[i];
        }
        int length = copy[1] & 0xFF;
        int crc = Crc16Modbus.compute(copy, 2, length);
        copy[2 + length] = (byte) crc;
        copy[3 + length] = (byte) (crc >>> 8);
        return copy;
    }

    /** Decodes {@code frame} and returns its single rejection, asserting that nothing was decoded. */
    static FrameRejection rejectionOf(byte[] frame) {
        CollectingListener listener = new CollectingListener();
        new FrameDecoder(255, listener).feed(frame, 0, frame.length);
        assertThat(listener.frames).as("decoded frames").isEmpty();
        assertThat(listener.rejections).hasSize(1);
        return listener.rejections.get(0);
    }
}
