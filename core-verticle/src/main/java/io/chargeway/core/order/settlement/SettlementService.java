package io.chargeway.core.order.settlement;

import java.time.Clock;

import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.order.LiveOrderCache;
import io.chargeway.core.order.OrderFeed;
import io.chargeway.core.order.OrderState;
import io.chargeway.core.order.TradeSerials;
import io.chargeway.core.order.settlement.SettlementWriter.Pending;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles transaction records (YKC 0x3B) into orders, idempotently on the trade serial, and
 * answers only after the commit, so the edge confirms to the pile (0x40) only what is booked.
 *
 * <ul>
 *   <li>A record without a valid serial is answered {@code accepted = false} ("invalid bill")
 *       and changes nothing.</li>
 *   <li>A record whose order is settled already is answered exactly as the first time.</li>
 *   <li>A failure (database down, unknown pile) fails the request: the edge does not confirm
 *       and the pile sends the record again later.</li>
 * </ul>
 */
public final class SettlementService {

    private static final Logger LOG = LoggerFactory.getLogger(SettlementService.class);

    private final SettlementBatcher batcher;
    private final LiveOrderCache live;
    private final OrderFeed feed;
    private final Clock clock;

    /**
     * A service writing through {@code tx} in batches of at most {@code maxBatch} records, with at
     * most {@code concurrency} batches at once.
     */
    public SettlementService(TransactionRunner tx, LiveOrderCache live, OrderFeed feed, Clock clock, long toleranceFen,
                             int maxBatch, int concurrency) {
        this.batcher = new SettlementBatcher(tx, new SettlementWriter(toleranceFen), clock, maxBatch, concurrency);
        this.live = live;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Settles one record.
     *
     * @param raw the record's JSON as received (stored with it)
     * @return the acknowledgement, after the commit; failed with {@code PILE_NOT_REGISTERED} or
     *         {@code UNAVAILABLE} when it could not be booked now
     */
    public Future<TransactionAck> settle(TransactionRecorded record, JsonObject raw) {
        if (!TradeSerials.isValid(record.tradeSerial()) || record.pileNo() == null || record.gun() < 1) {
            LOG.warn("transaction record refused as invalid [pile: {}, gun: {}, serial: {}]", record.pileNo(), record.gun(),
                    record.tradeSerial());
            return Future.succeededFuture(new TransactionAck(false,
                    "a record needs a trade serial of 32 characters (digits), a pile and a gun", 0));
        }
        return batcher.submit(new Pending(record, raw))
                .onSuccess(s -> announce(record, s))
                .map(s -> new TransactionAck(true, null, s.order().id()))
                .recover(err -> {
                    PlatformException e = MySqlErrors.unavailable("settling record " + record.tradeSerial(), err);
                    LOG.warn("transaction record not settled [pile: {}, gun: {}, serial: {}, code: {}]: {}", record.pileNo(),
                            record.gun(), record.tradeSerial(), e.code(), e.getMessage());
                    return Future.failedFuture(e);
                });
    }

    private void announce(TransactionRecorded record, Settled s) {
        if (s.repeat()) {
            LOG.debug("transaction record re-sent, settled before [pile: {}, gun: {}, serial: {}, order: {}]", record.pileNo(),
                    record.gun(), record.tradeSerial(), s.order().id());
            return;
        }
        LOG.info("order settled [pile: {}, gun: {}, serial: {}, order: {}, amountFen: {}, pileAmountFen: {}, flagged: {}]",
                record.pileNo(), record.gun(), record.tradeSerial(), s.order().id(), s.amountFen(), s.figures().pileAmountFen(),
                s.figures().flagged());
        live.remove(record.tradeSerial());
        feed.stateChanged(s.order(), s.from(), OrderState.SETTLED, "transaction record (0x3B)", s.amountFen(), clock.instant());
    }
}
