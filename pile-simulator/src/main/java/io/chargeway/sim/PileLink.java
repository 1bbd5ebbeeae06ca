package io.chargeway.sim;

import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameDecoder;
import io.chargeway.ykc.frame.FrameListener;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.message.YkcMessage;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

/**
 * One TCP connection of a simulated pile: the socket, its frame decoder and the pile's outgoing
 * sequence counter, which restarts at 0 on every connection (reference 1.3). Lives on the
 * pile's event loop; a link that was replaced or closed no longer reaches the pile.
 */
final class PileLink implements FrameListener {

    private final PileEngine pile;
    private final NetSocket socket;
    private final FrameDecoder decoder;
    private int sequence;
    private boolean closed;

    PileLink(PileEngine pile, NetSocket socket) {
        this.pile = pile;
        this.socket = socket;
        this.decoder = new FrameDecoder(this);
        socket.handler(this::feed);
        socket.closeHandler(v -> {
            closed = true;
            pile.onLinkClosed(this);
        });
        socket.exceptionHandler(pile::onLinkError);
    }

    private void feed(Buffer chunk) {
        if (!closed) {
            decoder.feed(chunk);
        }
    }

    @Override
    public void onFrame(int seq, CrcOrder crcOrder, YkcMessage message) {
        if (!closed) {
            pile.onFrame(this, seq, message);
        }
    }

    @Override
    public void onRejected(FrameRejection rejection) {
        if (!closed) {
            pile.onRejected(rejection);
        }
    }

    /** The sequence number for the next originated frame, then counts up and wraps at 65536. */
    int nextSequence() {
        int s = sequence;
        sequence = (sequence + 1) & 0xFFFF;
        return s;
    }

    boolean isOpen() {
        return !closed;
    }

    boolean writeQueueFull() {
        return socket.writeQueueFull();
    }

    void drainHandler(Runnable then) {
        socket.drainHandler(v -> {
            socket.drainHandler(null);
            then.run();
        });
    }

    void write(Buffer bytes) {
        if (!closed) {
            socket.write(bytes);
        }
    }

    void close() {
        if (!closed) {
            closed = true;
            socket.close();
        }
    }
}
