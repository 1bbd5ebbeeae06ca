package io.chargeway.edge.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chargeway.ykc.field.PileNo;

/**
 * The connections of one edge verticle and, among them, the logged-in session of each pile.
 * An instance field of the verticle, used only from its event loop: no locks, no static state.
 *
 * <p>A pile that reconnects while its old socket lingers has two connections for a moment;
 * {@link #replace} makes the new one current and hands back the old one, and
 * {@link #removeIfCurrent} lets the old one's close handling leave the new one alone.
 */
public final class SessionRegistry {

    private final Set<PileSession> connections = new HashSet<>();
    private final Map<PileNo, PileSession> byPile = new HashMap<>();

    /** Adds a freshly accepted connection. */
    public void addConnection(PileSession session) {
        connections.add(session);
    }

    /**
     * Forgets a connection (closed).
     *
     * @return whether it was known (false on a second call)
     */
    public boolean removeConnection(PileSession session) {
        return connections.remove(session);
    }

    /**
     * Makes {@code session} the current session of its pile.
     *
     * @return the session it replaces, or null when the pile had none
     * @throws IllegalArgumentException if the session has no pile number yet
     */
    public PileSession replace(PileSession session) {
        if (session.pileNo() == null) {
            throw new IllegalArgumentException("a session needs a pile number to be registered: " + session);
        }
        PileSession previous = byPile.put(session.pileNo(), session);
        return previous == session ? null : previous;
    }

    /**
     * Removes {@code session} as its pile's current session, unless another session has replaced it.
     *
     * @return whether it was the current one (and is now removed)
     */
    public boolean removeIfCurrent(PileSession session) {
        PileNo pile = session.pileNo();
        return pile != null && byPile.remove(pile, session);
    }

    /** The current session of a pile, or null. */
    public PileSession find(PileNo pile) {
        return byPile.get(pile);
    }

    /** Whether {@code session} is its pile's current session. */
    public boolean isCurrent(PileSession session) {
        return session.pileNo() != null && byPile.get(session.pileNo()) == session;
    }

    /** Open connections, logged in or not. */
    public int connectionCount() {
        return connections.size();
    }

    /** Logged-in piles. */
    public int loggedInCount() {
        return byPile.size();
    }

    /** Every open connection (a live view: copy before closing sessions while iterating). */
    public Collection<PileSession> connections() {
        return Collections.unmodifiableSet(connections);
    }

    /** Every logged-in session (a live view). */
    public Collection<PileSession> loggedIn() {
        return Collections.unmodifiableCollection(byPile.values());
    }

    /** Removes and returns every logged-in session (node stopping). */
    public List<PileSession> drainLoggedIn() {
        List<PileSession> all = new ArrayList<>(byPile.values());
        byPile.clear();
        return all;
    }
}
