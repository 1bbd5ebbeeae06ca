package io.chargeway.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.chargeway.edge.events.SessionLifecycle;
import io.chargeway.edge.presence.GunStateBuffer;
import io.chargeway.edge.presence.LeaseRenewals;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionRegistry;
import io.chargeway.edge.session.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one periodic task of the node (no timer per session), run every
 * {@link EdgeOptions#sweepPeriod()} on the verticle's event loop. It closes connections that never
 * logged in within the login timeout and logged-in piles silent for the heartbeat timeout
 * (reference 14.2: about three missed heartbeats) and sends the periodic time sync. Lease renewals
 * and gun state writes run on the finer presence tick instead ({@link LeaseRenewals},
 * {@link GunStateBuffer}), so that no sweep turns into a burst of Redis work.
 */
final class LivenessSweep implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LivenessSweep.class);

    private final SessionRegistry registry;
    private final Consumer<PileSession> clockSync;
    private final LongSupplier clock;
    private final long loginTimeoutMillis;
    private final long heartbeatTimeoutMillis;
    private final long clockSyncMillis;

    LivenessSweep(EdgeOptions options, SessionRegistry registry, Consumer<PileSession> clockSync, LongSupplier clock) {
        this.registry = registry;
        this.clockSync = clockSync;
        this.clock = clock;
        this.loginTimeoutMillis = options.loginTimeout().toMillis();
        this.heartbeatTimeoutMillis = options.heartbeatTimeout().toMillis();
        this.clockSyncMillis = options.clockSyncInterval().toMillis();
    }

    @Override
    public void run() {
        long now = clock.getAsLong();
        List<PileSession> silent = new ArrayList<>();
        List<PileSession> unsynced = new ArrayList<>();
        for (PileSession s : registry.connections()) {
            SessionState state = s.state();
            if (state == SessionState.LOGGED_IN) {
                if (now - s.lastFrameAt() > heartbeatTimeoutMillis) {
                    silent.add(s);
                } else if (clockSyncMillis > 0 && now - s.lastClockSyncAt() >= clockSyncMillis) {
                    unsynced.add(s);
                }
            } else if (state != SessionState.CLOSED && now - s.connectedAt() > loginTimeoutMillis) {
                silent.add(s);
            }
        }
        for (PileSession s : silent) {
            close(s, now);
        }
        for (PileSession s : unsynced) {
            clockSync.accept(s);
        }
    }

    private void close(PileSession s, long now) {
        if (s.state() == SessionState.LOGGED_IN) {
            LOG.info("pile silent too long; closing [pile: {}, silentSeconds: {}, remote: {}]", s.label(),
                    (now - s.lastFrameAt()) / 1000, s.remoteAddress());
            s.close(SessionLifecycle.HEARTBEAT_TIMEOUT);
        } else {
            LOG.info("connection did not log in in time; closing [pile: {}, state: {}, seconds: {}]", s.label(), s.state(),
                    (now - s.connectedAt()) / 1000);
            s.close(SessionLifecycle.LOGIN_TIMEOUT);
        }
    }
}
