package io.chargeway.ykc.message;

import java.nio.ByteBuffer;

import io.chargeway.ykc.frame.FrameType;

/**
 * Decodes and encodes the body of one frame type. Codecs are stateless singletons; they read
 * fields at named offsets from the body start and never allocate beyond the record they build.
 *
 * @param <M> the record of this frame type
 */
public interface BodyCodec<M extends YkcMessage> {

    /** The frame type this codec handles. */
    FrameType type();

    /** The record class, for tools that build messages from JSON. */
    Class<M> messageClass();

    /**
     * Decodes a body. For fixed-size types the decoder has already checked {@code length};
     * variable-size codecs check it themselves.
     *
     * @param frame  the frame bytes, little-endian order, read with absolute gets only
     * @param offset index of the first body byte in {@code frame}
     * @param length the body length
     * @return the record
     * @throws io.chargeway.ykc.field.FieldException if a field is malformed or the length does not fit
     */
    M decode(ByteBuffer frame, int offset, int length);

    /**
     * Appends the body of {@code message} at the buffer's position.
     *
     * @throws io.chargeway.ykc.field.FieldException if a value does not fit its field
     */
    void encode(M message, ByteBuffer out);
}
