package io.chargeway.web.live;

import java.util.function.Predicate;

import io.chargeway.contract.web.Caller;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;

/**
 * One WebSocket client: its caller, socket and the piles whose events it may get. Messages are
 * JSON text frames; a client that does not keep up (its write queue full) loses live samples
 * (lossy by design, the latest wins) but is never allowed to grow the server's memory.
 */
public final class LiveClient {

    private final Caller caller;
    private final ServerWebSocket socket;
    private final Predicate<String> piles;

    /** A client that may see every pile of its tenant. */
    public LiveClient(Caller caller, ServerWebSocket socket) {
        this(caller, socket, pileNo -> true);
    }

    /** A client that gets pile events only of the piles {@code piles} accepts (station owners and agents: theirs). */
    public LiveClient(Caller caller, ServerWebSocket socket, Predicate<String> piles) {
        this.caller = caller;
        this.socket = socket;
        this.piles = piles;
    }

    /** Who is connected. */
    public Caller caller() {
        return caller;
    }

    /** The socket. */
    ServerWebSocket socket() {
        return socket;
    }

    /** Whether events of {@code pileNo} are for this client. */
    public boolean sees(String pileNo) {
        return piles.test(pileNo);
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
