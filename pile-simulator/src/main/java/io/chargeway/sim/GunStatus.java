package io.chargeway.sim;

/** A simulated gun's state as the pile reports it in 0x13 (offset 24). */
public enum GunStatus {
    /** No session; 0x13 status 0x02. */
    IDLE,
    /** A session is running; 0x13 status 0x03. */
    CHARGING,
    /** The gun is faulty; 0x13 status 0x01, heartbeat gun state 0x01. */
    FAULT
}
