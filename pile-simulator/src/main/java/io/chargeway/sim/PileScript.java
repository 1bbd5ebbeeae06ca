package io.chargeway.sim;

/**
 * Scripted behaviour on top of the protocol, shared by the piles of a fleet (a scenario): the
 * pile's tick runs it when it is due, on the pile's event loop, through the pile's public API.
 */
@FunctionalInterface
public interface PileScript {

    /** A script that never acts. */
    PileScript NONE = (pile, now) -> Long.MAX_VALUE;

    /**
     * Acts on a logged-in pile. Called right after each login and then whenever the time it
     * returned has come.
     *
     * @param pile the pile, logged in
     * @param now  the current monotonic time in milliseconds
     * @return the monotonic time of the next run, or {@link Long#MAX_VALUE} for none before the next login
     */
    long run(SimulatedPile pile, long now);
}
