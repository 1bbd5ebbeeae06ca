package io.chargeway.core.order;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.wallet.MemberWallet;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transitions of a running order other than its start and its settlement. Each one is a
 * conditional update (a transition another node made first is not made again); those that end
 * an order without a record (failed start, abnormal) release its hold in the same transaction.
 * Events and cache updates follow the commit.
 */
public final class OrderLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OrderLifecycle.class);
    private static final int STOPPED_REMEMBERED = 100_000;

    private final TransactionRunner tx;
    private final MoveBatcher moves;
    private final OrderFeed feed;
    private final LiveOrderCache live;
    private final Clock clock;
    /**
     * The orders this node moved to STOPPING, by pile and gun, until the gun reports the end of
     * charging: the gun event then needs no database work (see {@link #atGun}). Bounded; a gun
     * whose event never comes is forgotten with the oldest.
     */
    private final Map<String, String> stoppedHere = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > STOPPED_REMEMBERED;
        }
    });

    /**
     * Transitions written through {@code tx} (the moves without money grouped by {@code moves}),
     * announced on {@code feed}.
     */
    OrderLifecycle(TransactionRunner tx, MoveBatcher moves, OrderFeed feed, LiveOrderCache live, Clock clock) {
        this.tx = tx;
        this.moves = moves;
        this.feed = feed;
        this.live = live;
        this.clock = clock;
    }

    /**
     * STARTING -> CHARGING: the pile confirmed the start (0x33) or reports charging (0x13).
     *
     * @return the order as it now is (CHARGING, started now) if this call made the transition, else null
     */
    public Future<OrderRow> charging(OrderRow order, String cause) {
        Instant now = clock.instant();
        return move(order, OrderState.STARTING, OrderChange.to(OrderState.CHARGING, cause, now).started())
                .map(moved -> moved ? order.started(now) : null);
    }

    /**
     * The order holding a gun moves from {@code from} to {@code to} because of a gun event (the
     * pile reports charging, or stopped on its own).
     *
     * @return whether an order moved
     */
    public Future<Boolean> atGun(String pileNo, int gun, OrderState from, OrderState to, String cause) {
        String stopped = from == OrderState.CHARGING ? stoppedHere.remove(pileNo + ":" + gun) : null;
        if (stopped == null) {
            return moveAtGun(pileNo, gun, from, to, cause);
        }
        // this node stopped the gun's order: if it still waits for its record it holds the gun, so no
        // order of the gun is CHARGING and the conditional update would change nothing
        return live.state(stopped).otherwiseEmpty().compose(state -> state == OrderState.STOPPING
                || state == OrderState.AWAITING_RECORD ? Future.succeededFuture(false) : moveAtGun(pileNo, gun, from, to, cause));
    }

    private Future<Boolean> moveAtGun(String pileNo, int gun, OrderState from, OrderState to, String cause) {
        Instant now = clock.instant();
        OrderChange change = OrderChange.to(to, cause, now);
        if (to == OrderState.CHARGING) {
            change.started();
        } else {
            change.stopped();
        }

        return OrderRepository.moveHolding(tx.pool(), pileNo, gun, from, change).compose(id -> id == null
                ? Future.succeededFuture(false)
                : OrderRepository.readById(tx.pool(), id).map(order -> {
                    if (order != null) {
                        live.update(order.tradeSerial(), to, null);
                        feed.stateChanged(order, from, to, cause, 0, now);
                    }
                    return true;
                }));
    }

    /**
     * CHARGING or STARTING -> STOPPING: the platform or the driver asks the pile to stop.
     *
     * @return whether this call made the transition (only then must the caller send 0x36)
     */
    public Future<Boolean> stopping(OrderRow order, StopCause stopCause, String cause) {
        Instant now = clock.instant();
        return move(order, order.state(), OrderChange.to(OrderState.STOPPING, cause, now).stopped().stopCause(stopCause))
                .onSuccess(moved -> {
                    if (moved) {
                        stoppedHere.put(order.pileNo() + ":" + order.gun(), order.tradeSerial());
                    }
                });
    }

    /**
     * STARTING -> FAILED and the hold released: the start was refused or never confirmed.
     *
     * @return whether this call made the transition (false if the order had moved on)
     */
    public Future<Boolean> fail(long orderId, String reason) {
        return end(orderId, List.of(OrderState.STARTING), OrderState.FAILED, reason);
    }

    /**
     * CHARGING, STOPPING or AWAITING_RECORD -> ABNORMAL and the hold released: no record came in
     * time. A record arriving later still settles the order (and may leave arrears).
     *
     * @return whether this call made the transition
     */
    public Future<Boolean> abnormal(long orderId, String reason) {
        return end(orderId, List.of(OrderState.CHARGING, OrderState.STOPPING, OrderState.AWAITING_RECORD), OrderState.ABNORMAL,
                reason);
    }

    private Future<Boolean> end(long orderId, List<OrderState> from, OrderState to, String reason) {
        Instant now = clock.instant();
        OrderRow[] ended = new OrderRow[1];
        return tx.inTransaction("order " + orderId + " -> " + to, conn -> OrderRepository.lockById(conn, orderId)
                .compose(order -> {
                    if (order == null || !from.contains(order.state())) {
                        return Future.succeededFuture(false);
                    }
                    ended[0] = order;
                    return OrderRepository.move(conn, orderId, order.state(), OrderChange.to(to, reason, now).failure(reason)
                            .holdCleared()).compose(moved -> releaseHold(conn, order, reason, now).map(moved));
                })).onSuccess(moved -> {
                    if (moved) {
                        LOG.info("order ended without a record [pile: {}, gun: {}, order: {}, state: {}]: {}", ended[0].pileNo(),
                                ended[0].gun(), orderId, to, reason);
                        live.remove(ended[0].tradeSerial());
                        feed.stateChanged(ended[0], ended[0].state(), to, reason, 0, now);
                    }
                });
    }

    private static Future<Void> releaseHold(SqlConnection conn, OrderRow order, String reason, Instant now) {
        if (!order.paidByMember() || order.hold().totalFen() == 0) {
            return Future.succeededFuture();
        }
        return LedgerRepository.lockMembers(conn, order.tenantId(), List.of(order.memberId())).compose(balances -> {
            MemberWallet wallet = new MemberWallet(order.tenantId(), order.memberId(), balances.get(order.memberId()));
            return LedgerRepository.write(conn, List.of(wallet.releaseJournal(order.hold(), order.tradeSerial(), reason)), null,
                    now);
        });
    }

    /**
     * A move without money (the state and its history entry, committed with the moves that arrive
     * beside it), then the announcement.
     */
    private Future<Boolean> move(OrderRow order, OrderState from, OrderChange change) {
        return moves.submit(order.id(), from, change).onSuccess(moved -> {
                    if (moved) {
                        live.update(order.tradeSerial(), change.target(), null);
                        feed.stateChanged(order, from, change.target(), change.cause(), 0, change.at());
                    }
                });
    }
}
