package io.chargeway.ykc.frame;

/** Who sends a frame type: the pile (odd type codes) or the platform (even type codes). */
public enum Direction {
    /** Pile to platform (上行). */
    PILE_TO_PLATFORM,
    /** Platform to pile (下行). */
    PLATFORM_TO_PILE
}
