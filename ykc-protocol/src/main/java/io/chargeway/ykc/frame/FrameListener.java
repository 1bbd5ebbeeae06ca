package io.chargeway.ykc.frame;

import io.chargeway.ykc.message.YkcMessage;

/**
 * Receives what a {@link FrameDecoder} finds in the byte stream. Called on the thread that
 * feeds the decoder (the connection's event loop); implementations must not block.
 */
public interface FrameListener {

    /**
     * A complete, CRC-valid frame with a decoded body.
     *
     * @param sequence the 16-bit sequence number, read little-endian (echo it in the reply)
     * @param crcOrder the CRC byte order the sender used
     * @param message  the typed body
     */
    void onFrame(int sequence, CrcOrder crcOrder, YkcMessage message);

    /** Bytes the decoder dropped; the stream continues at the next possible start byte. */
    void onRejected(FrameRejection rejection);
}
