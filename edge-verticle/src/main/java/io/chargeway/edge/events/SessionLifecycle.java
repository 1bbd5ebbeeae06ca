package io.chargeway.edge.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.EdgeNodeStopping;
import io.chargeway.contract.event.PileOffline;
import io.chargeway.contract.event.PileOnline;
import io.chargeway.contract.pile.PileLoginReply;
import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.presence.LeaseRenewals;
import io.chargeway.edge.presence.PilePresence;
import io.chargeway.edge.session.PendingReplies;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionRegistry;
import io.chargeway.edge.session.SessionState;
import io.chargeway.ykc.message.session.LoginRequest;
import io.chargeway.ykc.message.session.LoginResponse;
import io.chargeway.ykc.message.session.PileType;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pile's presence on this node, from socket to offline (reference 14.1): the 0x01 login against
 * the core's registry, the switch-over when a pile reconnects while its old socket lingers, and
 * the close handling that reports a pile offline and releases its lease only if no newer
 * connection has taken its place.
 */
public final class SessionLifecycle {

    /** Close reasons the edge gives (besides {@link PileSession#CLOSED_BY_PILE}). */
    public static final String REPLACED = "REPLACED";
    /** The pile was silent for the heartbeat timeout. */
    public static final String HEARTBEAT_TIMEOUT = "HEARTBEAT_TIMEOUT";
    /** The connection did not log in within the login timeout. */
    public static final String LOGIN_TIMEOUT = "LOGIN_TIMEOUT";
    /** The core refused the login. */
    public static final String LOGIN_REFUSED = "LOGIN_REFUSED";
    /** The core could not decide on the login. */
    public static final String CORE_UNAVAILABLE = "CORE_UNAVAILABLE";
    /** Too many bad frames. */
    public static final String GARBAGE = "GARBAGE";
    /** The node is shutting down. */
    public static final String NODE_STOPPING = "NODE_STOPPING";

    private static final Logger LOG = LoggerFactory.getLogger(SessionLifecycle.class);

    private final String nodeId;
    private final SessionRegistry registry;
    private final PendingReplies pending;
    private final CoreClient core;
    private final PilePresence presence;
    private final LeaseRenewals renewals;
    private final EdgeMetrics metrics;
    private final LongSupplier clock;
    private final Consumer<PileSession> afterLogin;
    private boolean stopping;

    /**
     * Creates the lifecycle handling.
     *
     * @param renewals   takes a logged-in pile's lease and keeps it renewed
     * @param clock      monotonic milliseconds
     * @param afterLogin runs once a pile is logged in and answered (time sync)
     */
    public SessionLifecycle(String nodeId, SessionRegistry registry, PendingReplies pending, CoreClient core,
                            PilePresence presence, LeaseRenewals renewals, EdgeMetrics metrics, LongSupplier clock,
                            Consumer<PileSession> afterLogin) {
        this.nodeId = nodeId;
        this.registry = registry;
        this.pending = pending;
        this.core = core;
        this.presence = presence;
        this.renewals = renewals;
        this.metrics = metrics;
        this.clock = clock;
        this.afterLogin = afterLogin;
    }

    /** A socket was accepted; once the node is stopping it is closed at once (the pile goes to another node). */
    public void connected(PileSession session) {
        if (stopping) {
            LOG.debug("pile connection refused, the node is stopping [remote: {}]", session.remoteAddress());
            session.close(NODE_STOPPING);
            return;
        }
        registry.addConnection(session);
        LOG.debug("pile connection accepted [remote: {}, connection: {}]", session.remoteAddress(), session.connectionId());
    }

    /**
     * A 0x01 arrived. A first one goes to the core; a repeat while the core decides is dropped;
     * a repeat after login (the pile missed the 0x02) is answered with success again.
     */
    public void login(PileSession session, int sequence, LoginRequest login) {
        SessionState state = session.state();
        if (state == SessionState.CONNECTED) {
            startLogin(session, sequence, login);
        } else if (state == SessionState.LOGGING_IN) {
            LOG.debug("repeated login while the core decides; dropped [pile: {}]", session.label());
        } else if (state == SessionState.LOGGED_IN && login.pileNo().equals(session.pileNo())) {
            LOG.info("pile repeated its login on a logged-in connection; answering success again [pile: {}]", session.label());
            session.reply(sequence, new LoginResponse(session.pileNo(), true));
        } else if (state == SessionState.LOGGED_IN) {
            metrics.ignoredBeforeLogin();
            LOG.warn("login for another pile number on a logged-in connection; ignored [pile: {}, claimed: {}, remote: {}]",
                    session.label(), login.pileNo(), session.remoteAddress());
        }
    }

    private void startLogin(PileSession session, int sequence, LoginRequest login) {
        session.startLogin(login.pileNo());
        PileSession.LoginFacts facts = new PileSession.LoginFacts(login.pileType() == PileType.DC, login.gunCount(),
                login.protocolVersion().intern(), login.programVersion().intern(), System.currentTimeMillis());
        PileLoginRequest request = new PileLoginRequest(session.pileNoText(), nodeId, session.remoteAddress(), facts.dc(),
                facts.gunCount(), facts.protocolVersion(), facts.programVersion(), login.simIccid());
        long started = clock.getAsLong();
        core.login(session, request).onComplete(ar -> {
            metrics.loginAnswered(clock.getAsLong() - started);
            loginAnswered(session, sequence, facts, ar);
        });
    }

    private void loginAnswered(PileSession session, int sequence, PileSession.LoginFacts facts, AsyncResult<PileLoginReply> ar) {
        if (session.state() != SessionState.LOGGING_IN) {
            LOG.debug("login answer for a connection that closed meanwhile; dropped [pile: {}]", session.label());
        } else if (ar.failed()) {
            metrics.loginUnavailable();
            LOG.warn("core did not answer the login; closing without a reply so the pile retries [pile: {}, remote: {}, error: {}]",
                    session.label(), session.remoteAddress(), ar.cause().getMessage());
            session.close(CORE_UNAVAILABLE);
        } else if (!ar.result().accepted()) {
            metrics.loginRefused();
            LOG.warn("login refused; answering failure and closing [pile: {}, remote: {}, reason: {}]",
                    session.label(), session.remoteAddress(), ar.result().reason());
            session.closeAfter(sequence, new LoginResponse(session.pileNo(), false), LOGIN_REFUSED);
        } else {
            accept(session, sequence, facts, ar.result());
        }
    }

    private void accept(PileSession session, int sequence, PileSession.LoginFacts facts, PileLoginReply reply) {
        session.loggedIn(reply.tenantId(), reply.stationId(), facts, clock.getAsLong());
        PileSession previous = registry.replace(session);
        if (previous != null) {
            LOG.info("pile reconnected; closing its previous connection [pile: {}, previous: {}, new: {}]",
                    session.label(), previous.remoteAddress(), session.remoteAddress());
            previous.close(REPLACED);
        }
        session.reply(sequence, new LoginResponse(session.pileNo(), true));
        metrics.loginAccepted();
        renewals.acquire(session);
        core.publish(new PileOnline(session.pileNoText(), reply.tenantId(), reply.stationId(), nodeId, session.remoteAddress(),
                facts.gunCount(), facts.protocolVersion(), facts.programVersion(), Instant.ofEpochMilli(facts.loginEpochMillis())));
        LOG.info("pile logged in [pile: {}, node: {}, guns: {}, remote: {}, protocol: {}, firmware: {}, tenant: {}]",
                session.label(), nodeId, facts.gunCount(), session.remoteAddress(), facts.protocolVersion(),
                facts.programVersion(), reply.tenantId());
        afterLogin.accept(session);
    }

    /**
     * The socket closed. Commands waiting on it fail with {@code PILE_OFFLINE}. Only the pile's
     * current session releases the lease, and reports the pile offline once Redis confirmed the
     * lease was still this connection's (a pile that moved to another node stays online there);
     * a session replaced on this node does neither.
     */
    public void closed(PileSession session) {
        if (!registry.removeConnection(session)) {
            return;
        }
        String reason = session.closeReason();
        pending.failAll(session, new PlatformException(ErrorCode.PILE_OFFLINE,
                "pile " + session.label() + " disconnected (" + reason + ") before answering"));
        metrics.disconnect(reason);
        if (registry.removeIfCurrent(session)) {
            presence.release(session).onSuccess(ours -> reportOffline(session, reason, ours));
        } else {
            LOG.debug("pile connection closed [pile: {}, reason: {}, remote: {}]", session.label(), reason, session.remoteAddress());
        }
    }

    private void reportOffline(PileSession session, String reason, boolean ours) {
        if (!ours) {
            LOG.info("pile closed here but is held by another connection now; not reporting it offline [pile: {}, node: {}, "
                    + "reason: {}]", session.label(), nodeId, reason);
            return;
        }
        core.publish(new PileOffline(session.pileNoText(), session.tenantId(), nodeId, reason, Instant.now()));
        LOG.info("pile offline [pile: {}, node: {}, reason: {}, remote: {}]", session.label(), nodeId, reason,
                session.remoteAddress());
    }

    /**
     * Takes every pile offline because the node stops: refuses new connections from now on,
     * releases the leases in one pipeline, closes the sockets, and reports the piles whose lease was still this node's to the core in
     * one {@link EdgeNodeStopping} request (the core clears the node in one statement and feeds a
     * per-pile offline event to its subscribers). Only if the core does not confirm are the piles
     * reported one by one, as {@link PileOffline} events (a core of an older build, or none).
     *
     * @return a Future completed once the core confirmed or the piles were reported (it never fails)
     */
    public Future<Void> stopAll() {
        // no pile may log in here again while the core is told: it would be recorded online at a stopped node
        stopping = true;
        List<PileSession> sessions = registry.drainLoggedIn();
        Future<List<Boolean>> released = presence.releaseAll(sessions);
        for (PileSession s : List.copyOf(registry.connections())) {
            s.close(NODE_STOPPING);
            registry.removeConnection(s);
            pending.failAll(s, new PlatformException(ErrorCode.PILE_OFFLINE, "edge node " + nodeId + " is stopping"));
            metrics.disconnect(NODE_STOPPING);
        }
        LOG.info("node stopping; piles taken offline [node: {}, piles: {}]", nodeId, sessions.size());
        return released.compose(owned -> reportStopping(ownedSessions(sessions, owned)));
    }

    private static List<PileSession> ownedSessions(List<PileSession> sessions, List<Boolean> owned) {
        List<PileSession> ours = new ArrayList<>(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            if (owned.get(i)) {
                ours.add(sessions.get(i));
            }
        }
        return ours;
    }

    private Future<Void> reportStopping(List<PileSession> offline) {
        Map<Long, List<String>> byTenant = new LinkedHashMap<>();
        for (PileSession s : offline) {
            byTenant.computeIfAbsent(s.tenantId(), t -> new ArrayList<>()).add(s.pileNoText());
        }
        List<EdgeNodeStopping.TenantPiles> piles = new ArrayList<>(byTenant.size());
        byTenant.forEach((tenant, numbers) -> piles.add(new EdgeNodeStopping.TenantPiles(tenant, numbers)));
        Instant at = Instant.now();
        return core.nodeStopping(new EdgeNodeStopping(nodeId, offline.size(), piles, at))
                .onSuccess(ack -> LOG.info("core took the node's piles offline [node: {}, listed: {}, cleared: {}]", nodeId,
                        offline.size(), ack.cleared()))
                .<Void>mapEmpty()
                .recover(err -> {
                    LOG.warn("core did not confirm the node's stop; reporting its piles offline one by one [node: {}, piles: {}]: {}",
                            nodeId, offline.size(), err.getMessage());
                    for (PileSession s : offline) {
                        core.publish(new PileOffline(s.pileNoText(), s.tenantId(), nodeId, NODE_STOPPING, at));
                    }
                    return Future.succeededFuture();
                });
    }
}
