package io.chargeway.ykc.message;

import io.chargeway.ykc.frame.FrameType;

/**
 * The typed body of one YKC frame. Every frame type has exactly one record implementing this
 * interface and one {@link BodyCodec}, registered in {@link MessageCodecs}.
 */
public interface YkcMessage {

    /** The frame type this body travels in. */
    FrameType frameType();
}
