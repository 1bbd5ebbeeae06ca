package io.chargeway.edge.session;

/**
 * The life of one pile connection (protocol reference 14.1): a socket is {@code CONNECTED} until
 * its 0x01 arrives, {@code LOGGING_IN} while the core decides, {@code LOGGED_IN} once answered
 * with 0x02 success, and {@code CLOSED} from the moment the edge or the pile ends it.
 */
public enum SessionState {
    /** The socket is open; no login request yet. */
    CONNECTED,
    /** A login request is with the core. */
    LOGGING_IN,
    /** The core accepted the pile; frames are processed. */
    LOGGED_IN,
    /** The connection is closed or closing; nothing more is processed. */
    CLOSED;

    /**
     * Whether a session may move from this state to {@code next}. Every state may close; the
     * others only move forward, and a refused or failed login goes to {@code CLOSED}.
     */
    public boolean canMoveTo(SessionState next) {
        return switch (this) {
            case CONNECTED -> next == LOGGING_IN || next == CLOSED;
            case LOGGING_IN -> next == LOGGED_IN || next == CLOSED;
            case LOGGED_IN -> next == CLOSED;
            case CLOSED -> false;
        };
    }
}
