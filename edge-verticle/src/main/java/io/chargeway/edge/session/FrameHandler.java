package io.chargeway.edge.session;

import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.message.YkcMessage;

/**
 * Receives everything that happens on pile connections. One instance serves every connection of
 * the verticle, on its event loop; implementations must not block.
 */
public interface FrameHandler {

    /** A socket was accepted and has its session. */
    void onConnected(PileSession session);

    /**
     * A complete, CRC-valid frame with a decoded body.
     *
     * @param sequence the frame's sequence field (echo it when replying)
     * @param crcOrder the CRC byte order the pile used
     */
    void onFrame(PileSession session, int sequence, CrcOrder crcOrder, YkcMessage message);

    /** Bytes the decoder dropped. */
    void onRejected(PileSession session, FrameRejection rejection);

    /** The socket closed, by either side; called once per session. */
    void onClosed(PileSession session);
}
