package io.chargeway.ykc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.message.YkcMessage;

/** Round-trip assertions shared by the per-type codec tests. */
public final class RoundTrip {

    private RoundTrip() {
    }

    /**
     * Decodes {@code frame}, asserts it is exactly one frame without rejections, re-encodes the
     * record with the same sequence and CRC order and asserts the bytes are identical.
     *
     * @return the decoded message for field assertions
     */
    @SuppressWarnings("unchecked")
    public static <M extends YkcMessage> M bytesToRecordAndBack(byte[] frame, Class<M> type) {
        CollectingListener listener = new CollectingListener();
        new FrameDecoder(255, listener).feed(frame, 0, frame.length);
        assertThat(listener.rejections).as("rejections").isEmpty();
        assertThat(listener.frames).hasSize(1);
        CollectingListener.Decoded decoded = listener.frames.get(0);
        assertThat(decoded.message()).isInstanceOf(type);
        byte[] again = FrameEncoder.encode(decoded.sequence(), decoded.message(), decoded.crcOrder());
        assertThat(again).as("re-encoded bytes").isEqualTo(frame);
        return (M) decoded.message();
    }

    /** Encodes {@code message}, decodes the bytes and asserts the record is equal. */
    public static void recordToBytesAndBack(YkcMessage message) {
        byte[] frame = FrameEncoder.encode(0x1234, message, CrcOrder.LOW_FIRST);
        CollectingListener listener = new CollectingListener();
        new FrameDecoder(255, listener).feed(frame, 0, frame.length);
        assertThat(listener.rejections).as("rejections").isEmpty();
        assertThat(listener.frames).hasSize(1);
        assertThat(listener.frames.get(0).message()).isEqualTo(message);
        assertThat(listener.frames.get(0).sequence()).isEqualTo(0x1234);
    }
}
