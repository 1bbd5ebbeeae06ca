package io.chargeway.edge.events;

import java.time.Clock;

import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.pile.StartAuthorization;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionState;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.charging.ParallelStartConfirm;
import io.chargeway.ykc.message.charging.ParallelStartRequest;
import io.chargeway.ykc.message.charging.PileStartConfirm;
import io.chargeway.ykc.message.charging.PileStartRequest;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.TransactionConfirm;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.vertx.core.AsyncResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The money-bearing frames (reference 7, 14.3-14.6). A transaction record (0x3B) is handed to the
 * core and confirmed with 0x40 only when the core answered, which it does after its commit; no
 * answer means no 0x40, so the pile resends and the core (idempotent on the serial) books it
 * once. A start at the pile (0x31/0xA1) is authorised by the core and answered with 0x32/0xA2;
 * when the core cannot decide, the pile is refused rather than left waiting.
 */
public final class ChargingHandler {

    /** 0x32 failure code used when the core cannot decide: a transient refusal the pile shows as such. */
    static final int CORE_UNAVAILABLE_FAILURE = 0x08;

    private static final Logger LOG = LoggerFactory.getLogger(ChargingHandler.class);
    private static final long MAX_BALANCE_FEN = 0xFFFF_FFFFL;

    private final CoreClient core;
    private final EdgeMetrics metrics;
    private final Clock clock;

    /**
     * Creates the handler.
     *
     * @param clock the wall clock stamped on events
     */
    public ChargingHandler(CoreClient core, EdgeMetrics metrics, Clock clock) {
        this.core = core;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** 0x3B: to the core; 0x40 (echoing the sequence) only after the core's answer. */
    public void transaction(PileSession session, int sequence, TransactionRecord record) {
        TransactionRecorded event = UplinkTranslator.transaction(record, session.tenantId(), clock.instant());
        // the outcome is logged at INFO (confirmed, refused or unconfirmed) with the record's figures
        LOG.debug("transaction record received [pile: {}, gun: {}, serial: {}, energyDeciWh: {}, amountCentiFen: {}]",
                session.label(), record.gun(), record.tradeSerial(), record.totalEnergyDeciWh(), record.totalAmountCentiFen());
        core.transaction(session, event).onComplete(ar -> transactionAnswered(session, sequence, record, ar));
    }

    private void transactionAnswered(PileSession session, int sequence, TransactionRecord record, AsyncResult<TransactionAck> ar) {
        if (ar.failed()) {
            metrics.transactionUnconfirmed();
            LOG.warn("core did not confirm the transaction record; no 0x40, the pile will resend [pile: {}, serial: {}, error: {}]",
                    session.label(), record.tradeSerial(), ar.cause().getMessage());
            return;
        }
        TransactionAck ack = ar.result();
        if (session.state() != SessionState.LOGGED_IN) {
            LOG.info("transaction record stored but the pile left before its 0x40; it will resend [pile: {}, serial: {}]",
                    session.label(), record.tradeSerial());
            return;
        }
        session.reply(sequence, ack.accepted() ? TransactionConfirm.acceptedFor(record) : TransactionConfirm.invalidBillFor(record));
        metrics.transactionConfirmed(ack.accepted());
        if (ack.accepted()) {
            LOG.info("transaction record confirmed [pile: {}, gun: {}, serial: {}, order: {}, energyDeciWh: {}, amountCentiFen: {}]",
                    session.label(), record.gun(), record.tradeSerial(), ack.orderId(), record.totalEnergyDeciWh(),
                    record.totalAmountCentiFen());
        } else {
            LOG.warn("transaction record refused by the core; answered invalid bill [pile: {}, serial: {}, reason: {}]",
                    session.label(), record.tradeSerial(), ack.reason());
        }
    }

    /** 0x31 -> 0x32. */
    public void startRequest(PileSession session, int sequence, PileStartRequest request) {
        authorize(session, sequence, request, null);
    }

    /** 0xA1 -> 0xA2 (echoing the parallel sequence). */
    public void parallelStartRequest(PileSession session, int sequence, ParallelStartRequest request) {
        authorize(session, sequence, request.request(), request);
    }

    private void authorize(PileSession session, int sequence, PileStartRequest request, ParallelStartRequest parallel) {
        core.authorize(session, UplinkTranslator.authorization(request, parallel == null ? null : parallel.parallelSequence(),
                parallel == null ? null : parallel.gunRole())).onComplete(ar -> {
                    if (session.state() != SessionState.LOGGED_IN) {
                        return;
                    }
                    PileStartConfirm confirm = ar.succeeded() ? confirmation(session, request, ar.result())
                            : unavailable(session, request, ar.cause());
                    session.reply(sequence, parallel == null ? confirm : new ParallelStartConfirm(confirm, parallel.parallelSequence()));
                });
    }

    private PileStartConfirm confirmation(PileSession session, PileStartRequest request, StartAuthorization auth) {
        TradeSerial serial;
        LogicalCardNo logical;
        try {
            if (auth.authorized() && auth.tradeSerial() == null) {
                throw new IllegalArgumentException("the core authorised the start without a trade serial");
            }
            serial = auth.authorized() ? TradeSerial.parse(auth.tradeSerial()) : TradeSerial.ZERO;
            logical = auth.logicalCardNo() == null || auth.logicalCardNo().isBlank() ? LogicalCardNo.NONE
                    : LogicalCardNo.parse(auth.logicalCardNo());
        } catch (IllegalArgumentException e) {
            return unavailable(session, request, e);
        }
        long balance = Math.max(0, Math.min(MAX_BALANCE_FEN, auth.balanceFen()));
        if (auth.authorized()) {
            LOG.info("start at the pile authorised [pile: {}, gun: {}, mode: {}, serial: {}]", session.label(), request.gun(),
                    request.startMode(), serial);
        } else {
            LOG.info("start at the pile refused [pile: {}, gun: {}, mode: {}, failure: 0x{}, reason: {}]", session.label(),
                    request.gun(), request.startMode(), Integer.toHexString(auth.failureCode()), auth.reason());
        }
        return new PileStartConfirm(serial, session.pileNo(), request.gun(), logical, balance, auth.authorized(),
                auth.authorized() ? 0 : auth.failureCode());
    }

    private PileStartConfirm unavailable(PileSession session, PileStartRequest request, Throwable cause) {
        LOG.warn("core could not authorise the start at the pile; refusing it (0x32 failure 0x08) [pile: {}, gun: {}, mode: {}, "
                + "error: {}]", session.label(), request.gun(), request.startMode(), cause.getMessage());
        return new PileStartConfirm(TradeSerial.ZERO, session.pileNo(), request.gun(), LogicalCardNo.NONE, 0, false,
                CORE_UNAVAILABLE_FAILURE);
    }

    /** A 0x33/0xA3 no command was waiting for (the late success after "gun not plugged"). */
    public void unsolicitedStartReply(PileSession session, RemoteStartReply reply) {
        LOG.info("remote start reply without a waiting command; reported [pile: {}, gun: {}, serial: {}, started: {}]",
                session.label(), reply.gun(), reply.tradeSerial(), reply.started());
        core.publish(UplinkTranslator.remoteStart(reply, session.tenantId(), clock.instant()));
    }
}
