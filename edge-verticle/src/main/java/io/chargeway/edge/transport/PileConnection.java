package io.chargeway.edge.transport;

import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.session.FrameHandler;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionLink;
import io.chargeway.edge.session.SessionState;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameListener;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.message.YkcMessage;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One accepted pile socket: bytes go through its own {@link FrameDecoder} to the shared
 * {@link FrameHandler}; frames the session writes are encoded in the pile's CRC byte order.
 * The object is the socket's data handler and decoder listener itself, so reading a frame
 * allocates nothing here. Reading pauses while the session has too much work outstanding or the
 * socket's write queue is full, so a pile that floods or stops reading cannot grow memory.
 */
public final class PileConnection implements SessionLink, FrameListener, Handler<Buffer> {

    private static final Logger LOG = LoggerFactory.getLogger(PileConnection.class);
    private static final int PAUSED_FOR_WORK = 1;
    private static final int PAUSED_FOR_WRITES = 2;

    private final NetSocket socket;
    private final FrameDecoder decoder;
    private final FrameHandler handler;
    private final EdgeMetrics metrics;
    private final PileSession session;
    private int pausedFor;
    private boolean closeReported;

    PileConnection(NetSocket socket, long connectionId, int maxFrameLength, FrameHandler handler, EdgeMetrics metrics,
                   long now) {
        this.socket = socket;
        this.handler = handler;
        this.metrics = metrics;
        this.decoder = new FrameDecoder(maxFrameLength, this);
        this.session = new PileSession(connectionId, String.valueOf(socket.remoteAddress()), this, now);
    }

    /** Wires the socket's handlers and announces the session. */
    void start() {
        socket.handler(this);
        socket.closeHandler(this::closed);
        socket.exceptionHandler(this::failed);
        handler.onConnected(session);
    }

    /** The session of this socket. */
    PileSession session() {
        return session;
    }

    @Override
    public void handle(Buffer chunk) {
        if (session.state() != SessionState.CLOSED) {
            decoder.feed(chunk);
        }
    }

    @Override
    public void onFrame(int sequence, CrcOrder crcOrder, YkcMessage message) {
        if (session.state() != SessionState.CLOSED) {
            handler.onFrame(session, sequence, crcOrder, message);
        }
    }

    @Override
    public void onRejected(FrameRejection rejection) {
        if (session.state() != SessionState.CLOSED) {
            handler.onRejected(session, rejection);
        }
    }

    @Override
    public void write(int sequence, YkcMessage message, boolean close) {
        Buffer frame = FrameEncoder.encodeBuffer(sequence, message, session.crcOrder());
        metrics.frameOut(message.frameType());
        if (close) {
            socket.end(frame);
            return;
        }
        socket.write(frame);
        if (socket.writeQueueFull() && (pausedFor & PAUSED_FOR_WRITES) == 0) {
            pause(PAUSED_FOR_WRITES);
            socket.drainHandler(v -> resume(PAUSED_FOR_WRITES));
        }
    }

    @Override
    public void pauseReading() {
        pause(PAUSED_FOR_WORK);
    }

    @Override
    public void resumeReading() {
        resume(PAUSED_FOR_WORK);
    }

    @Override
    public void close() {
        socket.close();
    }

    private void pause(int reason) {
        if (pausedFor == 0) {
            socket.pause();
        }
        pausedFor |= reason;
    }

    private void resume(int reason) {
        int before = pausedFor;
        pausedFor &= ~reason;
        if (before != 0 && pausedFor == 0) {
            socket.resume();
        }
    }

    private void closed(Void ignored) {
        if (closeReported) {
            return;
        }
        closeReported = true;
        session.markClosed(PileSession.CLOSED_BY_PILE);
        handler.onClosed(session);
    }

    private void failed(Throwable error) {
        LOG.debug("pile connection error, closing [pile: {}, error: {}]", session.label(), String.valueOf(error));
        session.close(PileSession.CLOSED_BY_PILE);
    }
}
