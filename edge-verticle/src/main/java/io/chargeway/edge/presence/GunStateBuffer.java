package io.chargeway.edge.presence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.event.LiveSample;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionState;
import io.chargeway.edge.session.TrackedGun;
import io.vertx.core.Future;

/**
 * Coalesces gun state writes: a 0x13 only remembers its sample on the gun, and the periodic sweep
 * writes the latest sample of every changed gun in one pipeline. Live data is lossy by design, so
 * a gun reporting twice between flushes costs one write. Sessions closed before the flush are
 * skipped: their guns go OFFLINE with the lease release instead. Event-loop confined.
 */
public final class GunStateBuffer {

    private final ArrayDeque<PileSession> changed = new ArrayDeque<>();
    private final PilePresence presence;

    /** Creates the buffer writing through {@code presence}. */
    public GunStateBuffer(PilePresence presence) {
        this.presence = presence;
    }

    /** Remembers the latest sample of a gun until the next {@link #flush()}. */
    public void remember(PileSession session, TrackedGun gun, LiveSample sample) {
        gun.unsaved(sample);
        if (!session.unsavedQueued()) {
            session.unsavedQueued(true);
            changed.add(session);
        }
    }

    /** Sessions with unsaved samples. */
    public int pending() {
        return changed.size();
    }

    /**
     * Writes every remembered sample.
     *
     * @return a Future completed when Redis answered (it never fails)
     */
    public Future<Void> flush() {
        return presence.saveGunStates(drain());
    }

    /** Takes every remembered sample of open sessions, oldest session first. */
    List<LiveSample> drain() {
        List<LiveSample> samples = new ArrayList<>(changed.size());
        PileSession s;
        while ((s = changed.poll()) != null) {
            s.unsavedQueued(false);
            for (int gun = 1; gun <= s.gunCount(); gun++) {
                TrackedGun g = s.knownGun(gun);
                if (g != null && g.unsaved() != null) {
                    if (s.state() == SessionState.LOGGED_IN) {
                        samples.add(g.unsaved());
                    }
                    g.unsaved(null);
                }
            }
        }
        return samples;
    }
}
