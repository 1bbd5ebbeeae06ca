package io.chargeway.edge.session;

import io.chargeway.ykc.message.YkcMessage;

/**
 * What a session needs from its connection: write a frame, pause reading while too much work is
 * outstanding, and close. Implemented by the transport, one per socket.
 */
public interface SessionLink {

    /**
     * Encodes and writes one frame.
     *
     * @param sequence the sequence field (a reply echoes the request's)
     * @param message  the body
     * @param close    whether to close the connection once the frame is written
     * @throws io.chargeway.ykc.field.FieldException if a value does not fit its field (nothing is written)
     */
    void write(int sequence, YkcMessage message, boolean close);

    /** Stops reading from the socket until {@link #resumeReading()}. */
    void pauseReading();

    /** Resumes reading after {@link #pauseReading()}. */
    void resumeReading();

    /** Closes the socket; the transport reports the close to the session's handler once. */
    void close();
}
