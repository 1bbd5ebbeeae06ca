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
import io.chargeway.ykc.message.charging.ParallelStartReply;
import io.chargeway.ykc.message.charging.ParallelStartRequest;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.message.maintenance.GroundLockStatus;
import io.chargeway.ykc.message.maintenance.TimeSyncReply;
import io.chargeway.ykc.message.session.BillingModelCheck;
import io.chargeway.ykc.message.session.BillingModelRequest;
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
    private final Handlers handlers;
    private final EdgeMetrics metrics;
    private final LongSupplier clock;
    private final long badFrameWindowMillis;
    private final int badFrameLimit;

    /**
     * The handlers frames are routed to.
     *
     * @param status    heartbeats, live data, BMS, ground locks
     * @param tariffs   billing-model questions
     * @param charging  transaction records, starts at the pile, unsolicited start replies
     * @param clockSync time sync replies
     */
    public record Handlers(StatusHandler status, TariffHandler tariffs, ChargingHandler charging, ClockSync clockSync) {
    }

    /**
     * Creates the dispatcher.
     *
     * @param clock monotonic milliseconds
     */
    public UplinkDispatcher(SessionLifecycle lifecycle, PendingReplies pending, Handlers handlers, EdgeMetrics metrics,
                            LongSupplier clock, long badFrameWindowMillis, int badFrameLimit) {
        this.lifecycle = lifecycle;
        this.pending = pending;
        this.handlers = handlers;
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
        StatusHandler status = handlers.status();
        switch (message.frameType()) {
            case HEARTBEAT -> status.heartbeat(session, sequence, (Heartbeat) message);
            case REALTIME_DATA -> status.realtime(session, (RealtimeData) message);
            case BMS_HANDSHAKE, BMS_PARAMETERS, BMS_CHARGE_END, BMS_ERROR, BMS_STOP, CHARGER_STOP, BMS_DEMAND, BMS_INFO ->
                    status.bms(session, message);
            case GROUND_LOCK_STATUS -> status.groundLock(session, (GroundLockStatus) message);
            case BILLING_MODEL_CHECK -> handlers.tariffs().check(session, sequence, (BillingModelCheck) message);
            case BILLING_MODEL_REQUEST -> handlers.tariffs().request(session, sequence, (BillingModelRequest) message);
            case TRANSACTION_RECORD -> handlers.charging().transaction(session, sequence, (TransactionRecord) message);
            case PILE_START_REQUEST -> handlers.charging().startRequest(session, sequence, (PileStartRequest) message);
            case PARALLEL_START_REQUEST ->
                    handlers.charging().parallelStartRequest(session, sequence, (ParallelStartRequest) message);
            case TIME_SYNC_REPLY -> handlers.clockSync().replied(session, (TimeSyncReply) message);
            case REMOTE_START_REPLY, PARALLEL_START_REPLY -> {
                if (!answered) {
                    handlers.charging().unsolicitedStartReply(session, message instanceof ParallelStartReply p
                            ? p.reply() : (RemoteStartReply) message);
                }
            }
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
