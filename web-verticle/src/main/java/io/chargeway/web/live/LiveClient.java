package io.chargeway.web.live;

import io.chargeway.contract.web.Caller;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;

/**
 * One WebSocket client: its caller and socket. Messages are JSON text frames; a client that does
 * not keep up (its write queue full) loses live samples (lossy by design, the latest wins) but
 * is never allowed to grow the server's memory.
 */
public final class LiveClient {

    private final Caller caller;
    private final ServerWebSocket socket;

    /** A client. */
    public LiveClient(Caller caller, ServerWebSocket socket) {
        this.caller = caller;
        this.socket = socket;
    }

    /** Who is connected. */
    public Caller caller() {
        return caller;
    }

    /** An event as a text frame payload. */
    static String frame(JsonObject event) {
        return event.encode();
    }

    /** Sends a frame unless the client is too slow or gone. */
    public void send(String frame) {
        if (!socket.isClosed() && !socket.writeQueueFull()) {
            socket.writeTextMessage(frame);
        }
    }

    /** Sends a JSON message. */
    public void send(JsonObject message) {
        send(frame(message));
    }
}
