package io.chargeway.edge.events;

import java.util.function.LongSupplier;

import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.session.FrameHandler;
import io.chargeway.edge.session.PendingReplies;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.ReplyKey;
import io.chargeway.edge.session.SessionState;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.Direction;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.frame.RejectReason;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.LoginRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of every pile frame on this node. It counts the frame, drops what a pile must
 * not send (platform-to-pile types) or may not send yet (anything but 0x01 before login), hands
 * replies to the commands waiting for them, and routes the rest by frame type. Bad frames are
 * counted and logged with a hex dump; a connection exceeding the bad-frame limit is closed.
 */
public final class UplinkDispatcher implements FrameHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UplinkDispatcher.class);

    private final SessionLifecycle lifecycle;
    private final PendingReplies pending;
    private final StatusHandler status;
    private final EdgeMetrics metrics;
    private final LongSupplier clock;
    private final long badFrameWindowMillis;
    private final int badFrameLimit;

    /**
     * Creates the dispatcher.
     *
     * @param clock monotonic milliseconds
     */
    public UplinkDispatcher(SessionLifecycle lifecycle, PendingReplies pending, StatusHandler status, EdgeMetrics metrics,
                            LongSupplier clock, long badFrameWindowMillis, int badFrameLimit) {
        this.lifecycle = lifecycle;
        this.pending = pending;
        this.status = status;
        this.metrics = metrics;
        this.clock = clock;
        this.badFrameWindowMillis = badFrameWindowMillis;
        this.badFrameLimit = badFrameLimit;
    }

    @Override
    public void onConnected(PileSession session) {
        lifecycle.connected(session);
    }

    @Override
    public void onFrame(PileSession session, int sequence, CrcOrder crcOrder, YkcMessage message) {
        FrameType type = message.frameType();
        metrics.frameIn(type);
        if (type.direction() == Direction.PLATFORM_TO_PILE) {
            metrics.ignoredWrongDirection();
            LOG.debug("pile sent a platform-to-pile frame; ignored [pile: {}, type: {}]", session.label(), type.hex());
            return;
        }
        if (type == FrameType.LOGIN_REQUEST) {
            session.frameReceived(crcOrder, clock.getAsLong());
            lifecycle.login(session, sequence, (LoginRequest) message);
            return;
        }
        if (session.state() != SessionState.LOGGED_IN) {
            metrics.ignoredBeforeLogin();
            LOG.debug("frame before login; ignored [pile: {}, type: {}, state: {}]", session.label(), type.hex(), session.state());
            return;
        }
        session.frameReceived(crcOrder, clock.getAsLong());
        boolean answered = pending.waiting(session) > 0 && answer(session, message);
        route(session, sequence, message, answered);
    }

    private boolean answer(PileSession session, YkcMessage message) {
        ReplyKey key = CommandReplies.key(message);
        return key != null && pending.complete(session, key, message);
    }

    private void route(PileSession session, int sequence, YkcMessage message, boolean answered) {
        switch (message.frameType()) {
            case HEARTBEAT -> status.heartbeat(session, sequence, (Heartbeat) message);
            default -> {
                if (!answered) {
                    LOG.debug("reply nobody waits for; dropped [pile: {}, type: {}]", session.label(), message.frameType().hex());
                }
            }
        }
    }

    @Override
    public void onRejected(PileSession session, FrameRejection rejection) {
        RejectReason reason = rejection.reason();
        metrics.badFrame(reason);
        if (LOG.isDebugEnabled()) {
            LOG.debug("bad frame dropped [pile: {}, reason: {}, detail: {}, bytes: {}]", session.label(), reason,
                    rejection.detail(), rejection.hexDump());
        }
        if (countsTowardLimit(reason) && session.badFrame(clock.getAsLong(), badFrameWindowMillis, badFrameLimit)) {
            LOG.warn("too many bad frames; closing the connection [pile: {}, limit: {}, window: {} s, remote: {}]",
                    session.label(), badFrameLimit, badFrameWindowMillis / 1000, session.remoteAddress());
            session.close(SessionLifecycle.GARBAGE);
        }
    }

    /**
     * Framing damage counts toward the limit; a well-formed frame of a type or cipher this
     * platform does not speak is counted in the metrics but never closes the connection.
     */
    private static boolean countsTowardLimit(RejectReason reason) {
        return reason != RejectReason.UNKNOWN_TYPE && reason != RejectReason.ENCRYPTED;
    }

    @Override
    public void onClosed(PileSession session) {
        lifecycle.closed(session);
    }
}
