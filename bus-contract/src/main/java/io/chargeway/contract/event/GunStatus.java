package io.chargeway.contract.event;

/** The state of a gun, normalized from YKC 0x13 (0x00 offline, 0x01 fault, 0x02 idle, 0x03 charging). */
public enum GunStatus {
    /** The pile reports the gun offline, or the pile itself is offline. */
    OFFLINE,
    /** The gun is faulty. */
    FAULT,
    /** The gun is free. */
    IDLE,
    /** The gun is charging. */
    CHARGING
}
