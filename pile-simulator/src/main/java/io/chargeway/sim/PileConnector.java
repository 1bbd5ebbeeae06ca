package io.chargeway.sim;

import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.net.NetSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a pile's link (reference 14.1, 14.2): TCP connect from the pile's source address,
 * the login deadline, and after a loss or a refused login the reconnect at exponential back-off
 * with jitter, reset by the next successful login. Confined to the pile's event loop.
 */
final class PileConnector {

    private static final Logger LOG = LoggerFactory.getLogger(PileConnector.class);

    private final PileEngine e;
    private long connectStartedNanos;
    private long loginDueBy;
    private long reconnectAt;
    private int attempt;
    private boolean everStarted;

    PileConnector(PileEngine engine) {
        this.e = engine;
    }

    void connect() {
        e.setState(ConnectionState.CONNECTING);
        if (everStarted) {
            e.reconnects++;
            e.shard.stats().reconnecting();
        }
        everStarted = true;
        connectStartedNanos = System.nanoTime();
        PileTarget target = e.target;
        e.shard.client(target.sourceAddress()).connect(target.port(), target.host()).onComplete(ar -> {
            if (ar.succeeded()) {
                onConnected(ar.result());
            } else {
                e.shard.stats().error();
                LOG.debug("connect failed [pile: {}, target: {}:{}, cause: {}]", e.pileNo(), target.host(), target.port(),
                        ar.cause().getMessage());
                if (e.state == ConnectionState.CONNECTING) {
                    scheduleReconnect();
                }
            }
        });
    }

    private void onConnected(NetSocket socket) {
        if (e.state != ConnectionState.CONNECTING) {
            socket.close();
            return;
        }
        loginDueBy = e.schedule(PileShard.now() + e.settings.loginTimeoutMillis());
        e.connected(new PileLink(e, socket));
    }

    /** The login succeeded: records the login time and resets the back-off. */
    void loggedIn() {
        attempt = 0;
        e.shard.stats().loginSucceeded(System.nanoTime() - connectStartedNanos);
    }

    void scheduleReconnect() {
        long delay = e.settings.backoff().delayMillis(attempt++, ThreadLocalRandom.current());
        reconnectAt = e.schedule(PileShard.now() + delay);
        e.setState(ConnectionState.WAITING_TO_RECONNECT);
    }

    void tickWaiting(long now) {
        if (now >= reconnectAt) {
            connect();
        } else {
            e.schedule(reconnectAt);
        }
    }

    void tickConnected(long now) {
        if (now >= loginDueBy) {
            e.countLoginFailure();
            LOG.debug("no login response in time [pile: {}]", e.pileNo());
            e.dropLink();
        } else {
            e.schedule(loginDueBy);
        }
    }
}
