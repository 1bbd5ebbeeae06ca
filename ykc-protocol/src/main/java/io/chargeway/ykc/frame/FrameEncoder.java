package io.chargeway.ykc.frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.MessageCodecs;
import io.chargeway.ykc.message.YkcMessage;
import io.vertx.core.buffer.Buffer;

/**
 * Builds complete frames: start byte, length, little-endian sequence, encryption flag 0x00,
 * type, body and CRC-16/MODBUS in the requested byte order (low byte first is the standard).
 */
public final class FrameEncoder {

    private static final int MAX_FRAME = 255 + FrameDecoder.OVERHEAD;

    private FrameEncoder() {
    }

    /**
     * Encodes one frame.
     *
     * @param sequence the sequence number (0..65535); replies echo the request's
     * @param message  the body
     * @param order    the CRC byte order the pile uses
     * @return the frame bytes
     * @throws io.chargeway.ykc.field.FieldException if a field value does not fit its encoding
     * @throws IllegalArgumentException if the body is too long for the length byte
     */
    public static byte[] encode(int sequence, YkcMessage message, CrcOrder order) {
        FrameType type = message.frameType();
        int capacity = type.hasFixedLength() ? type.bodyLength() + FrameDecoder.HEADER_IN_LENGTH + FrameDecoder.OVERHEAD
                : 2 * MAX_FRAME;
        ByteBuffer out = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) FrameDecoder.START).put((byte) 0);
        out.put((byte) sequence).put((byte) (sequence >>> 8));
        out.put((byte) 0).put((byte) type.code());
        encodeBody(message, out);
        int length = out.position() - 2;
        if (length > 255) {
            throw new IllegalArgumentException(message.frameType().hex() + " body of " + (length - 4)
                    + " bytes does not fit one frame; split the list");
        }
        out.put(1, (byte) length);
        int crc = Crc16Modbus.compute(out.array(), 2, length);
        if (order == CrcOrder.LOW_FIRST) {
            out.put((byte) crc).put((byte) (crc >>> 8));
        } else {
            out.put((byte) (crc >>> 8)).put((byte) crc);
        }
        return out.position() == capacity ? out.array() : Arrays.copyOf(out.array(), out.position());
    }

    /** {@link #encode(int, YkcMessage, CrcOrder)} as a Vert.x buffer, ready to write to a socket. */
    public static Buffer encodeBuffer(int sequence, YkcMessage message, CrcOrder order) {
        return Buffer.buffer(encode(sequence, message, order));
    }

    @SuppressWarnings("unchecked")
    private static <M extends YkcMessage> void encodeBody(M message, ByteBuffer out) {
        BodyCodec<M> codec = (BodyCodec<M>) MessageCodecs.forType(message.frameType());
        codec.encode(message, out);
    }
}
