package io.chargeway.core.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.ledger.JournalKind;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.member.MemberRepository;
import io.chargeway.core.wallet.Hold;
import io.chargeway.core.wallet.MemberBalances;
import io.chargeway.core.wallet.MemberWallet;
import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.SqlConnection;

/**
 * Opens an order for a start, from the app (0x34 follows) or at the pile (0x32 follows): in one
 * transaction it locks the member's balances, checks status, arrears and balance, freezes the
 * hold and inserts the order in STARTING with its start deadline. Starts that arrive together
 * share a transaction ({@link OpeningBatcher}). The unique key on the gun's running order makes
 * exactly one of two racing starts win; the other gets {@link StartRefusal#GUN_BUSY}.
 */
public final class OrderOpener {

    private final TransactionRunner tx;
    private final GunAvailability guns;
    private final LiveOrderCache live;
    private final OrderFeed feed;
    private final HoldPolicy holds;
    private final Duration startTimeout;
    private final Clock clock;
    private final OpeningBatcher batcher;

    /**
     * An opener writing through {@code tx}, in batches of at most {@code maxBatch} starts with at
     * most {@code concurrency} batches at once.
     */
    public OrderOpener(TransactionRunner tx, GunAvailability guns, LiveOrderCache live, OrderFeed feed, HoldPolicy holds,
                       Duration startTimeout, Clock clock, int maxBatch, int concurrency) {
        this.tx = tx;
        this.guns = guns;
        this.live = live;
        this.feed = feed;
        this.holds = holds;
        this.startTimeout = startTimeout;
        this.clock = clock;
        this.batcher = new OpeningBatcher(tx, this::openIn, holds, startTimeout, maxBatch, concurrency);
    }

    /**
     * Opens the order.
     *
     * @return the order, committed; failed with a {@link Refused} naming the {@link StartRefusal},
     *         {@code PILE_OFFLINE} when the pile must be online and is not, or {@code UNAVAILABLE}
     *         when the database or Redis fails
     */
    public Future<OrderRow> open(Opening o) {
        return guns.nextSerialCounter(o.pile().pileNo(), o.gun(), o.requireOnline()).compose(counter -> {
            Instant now = clock.instant();
            return batcher.submit(new OpeningBatcher.Pending(o, TradeSerials.of(o.pile().pileNo(), o.gun(), now, counter), now));
        }).recover(err -> err instanceof PlatformException p && p.code() == ErrorCode.PILE_OFFLINE ? offlineOrFrozen(o, p)
                        : Future.failedFuture(err instanceof Refused ? err : refusalOf(err)))
                .onSuccess(order -> {
                    live.put(LiveOrder.opened(order));
                    feed.stateChanged(order, null, OrderState.STARTING, o.cause(), 0, order.createdAt());
                });
    }

    private Future<OrderRow> openIn(SqlConnection conn, OpeningBatcher.Pending start) {
        Opening o = start.opening();
        long tenant = o.pile().tenantId();
        Instant now = start.at();
        return MemberRepository.lockWithBalances(conn, tenant, o.memberId()).compose(member -> {
            Refused refused = decide(o, member.status(), member.balances(), holds);
            if (refused != null) {
                return Future.failedFuture(refused);
            }
            MemberWallet wallet = new MemberWallet(tenant, o.memberId(), member.balances());
            Hold hold = wallet.planHold(holds.holdFen(o.mode(), o.limitValue(), member.balances().availableFen()));
            NewOrder order = newOrder(o, start.serial(), hold, now.plus(startTimeout), now);
            return OrderRepository.insert(conn, order)
                    .compose(id -> LedgerRepository.write(conn, List.of(wallet.holdJournal(JournalKind.HOLD, hold, start.serial())),
                            null, now).map(id))
                    .map(id -> row(id, order));
        });
    }

    /**
     * Whether a member may start: active, not in arrears, with enough available for the mode's hold.
     *
     * @return the refusal, or null when the start may open
     */
    static Refused decide(Opening o, String status, MemberBalances b, HoldPolicy holds) {
        if (!"ACTIVE".equals(status)) {
            return frozen(o);
        }
        if (b.inArrears()) {
            return new Refused(StartRefusal.IN_ARREARS, "member " + o.memberId() + " owes " + b.arrearsFen()
                    + " fen from an earlier session; top up first");
        }
        if (holds.holdFen(o.mode(), o.limitValue(), b.availableFen()) < 0) {
            return new Refused(StartRefusal.INSUFFICIENT_BALANCE, "insufficient balance: " + b.availableFen()
                    + " fen available, at least " + Math.max(holds.minStartFen(), o.mode() == ChargeMode.AMOUNT ? o.limitValue() : 0)
                    + " fen needed");
        }
        return null;
    }

    /** The order a start opens, STARTING with its hold. */
    static NewOrder newOrder(Opening o, String serial, Hold hold, Instant startDeadline, Instant now) {
        return new NewOrder(serial, o.pile().tenantId(), o.pile().stationId(), o.pile().id(), o.pile().pileNo(), o.gun(),
                o.memberId(), o.trigger(), o.mode(), o.limitValue(), OrderState.STARTING, hold, o.tariff(), o.physicalCardNo(),
                o.logicalCardNo(), o.vin(), startDeadline, o.cause(), now);
    }

    /** The row of an order just inserted with {@code id}. */
    static OrderRow row(long id, NewOrder o) {
        return new OrderRow(id, o.tradeSerial(), o.tenantId(), o.stationId(), o.pileId(), o.pileNo(), o.gun(), o.memberId(),
                o.trigger(), o.mode(), o.limitValue(), OrderState.STARTING, o.hold(), o.tariff(), o.physicalCardNo(), o.at(), null);
    }

    /**
     * The online check runs first because it costs no database work on the busy path; a frozen
     * member is still told so at an offline pile, not sent to look for another one.
     */
    private Future<OrderRow> offlineOrFrozen(Opening o, PlatformException offline) {
        return MemberRepository.status(tx.pool(), o.pile().tenantId(), o.memberId())
                .transform(ar -> Future.failedFuture(ar.succeeded() && !"ACTIVE".equals(ar.result())
                        ? frozen(o) : offline));
    }

    private static Refused frozen(Opening o) {
        return new Refused(StartRefusal.MEMBER_FROZEN, "member " + o.memberId()
                + " is disabled; an operator must enable the account again");
    }

    private static Throwable refusalOf(Throwable err) {
        if (MySqlErrors.isDuplicateKey(err) && err instanceof MySQLException e && e.getMessage().contains("active_gun")) {
            return new Refused(StartRefusal.GUN_BUSY, "the gun is in use by another order");
        }
        return MySqlErrors.unavailable("opening an order", err);
    }

    /** A start refused for a {@link StartRefusal}. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient StartRefusal refusal;

        /** A refusal with its detail. */
        public Refused(StartRefusal refusal, String detail) {
            super(detail);
            this.refusal = refusal;
        }

        /** Why. */
        public StartRefusal refusal() {
            return refusal;
        }

        /** As the platform's one exception type. */
        public PlatformException toPlatformException() {
            return refusal.toException(getMessage());
        }
    }
}
