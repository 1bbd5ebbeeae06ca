package io.chargeway.sim;

/** Where a simulated pile's link to the platform stands. */
public enum ConnectionState {
    /** Not started, or stopped for good. */
    STOPPED,
    /** TCP connect under way. */
    CONNECTING,
    /** Connected; the 0x01 login has been sent and no 0x02 success has come back yet. */
    CONNECTED,
    /** The platform accepted the login (0x02 result 0x00). */
    LOGGED_IN,
    /** Connection lost or refused; a reconnect is scheduled after the back-off. */
    WAITING_TO_RECONNECT
}
