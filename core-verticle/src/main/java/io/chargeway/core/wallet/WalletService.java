package io.chargeway.core.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.UpdateBalance;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.contract.order.WalletEntriesQuery;
import io.chargeway.contract.order.WalletEntryPage;
import io.chargeway.contract.order.WalletEntryView;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.order.WalletView;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.AccountType;
import io.chargeway.core.ledger.JournalDraft;
import io.chargeway.core.ledger.JournalKind;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.member.MemberRepository;
import io.chargeway.core.order.ChargeMode;
import io.chargeway.core.order.LiveOrderCache;
import io.chargeway.core.order.OrderRepository;
import io.chargeway.core.order.OrderRow;
import io.chargeway.core.order.PileCommands;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members' wallets: balances, and operators' adjustments (the top-up entry point until payment
 * channels exist). An adjustment is one balanced journal, idempotent on the caller's request id.
 * Money added while the member is charging (a session whose hold is the whole balance) also
 * joins that session's hold in the same transaction, and the pile is told the new balance (0x42).
 */
public final class WalletService {

    private static final Logger LOG = LoggerFactory.getLogger(WalletService.class);
    private static final String NO_CARD = "0000000000000000";

    private final TransactionRunner tx;
    private final LiveOrderCache live;
    private final PileCommands commands;
    private final Clock clock;

    /** A wallet service writing through {@code tx}. */
    public WalletService(TransactionRunner tx, LiveOrderCache live, PileCommands commands, Clock clock) {
        this.tx = tx;
        this.live = live;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * A member's balances.
     *
     * @return the wallet; failed with {@link ErrorCode#NOT_FOUND} for a member of another tenant
     */
    public Future<WalletView> get(WalletQuery query) {
        return MemberRepository.status(tx.pool(), query.tenantId(), query.memberId())
                .compose(s -> LedgerRepository.readMembers(tx.pool(), query.tenantId(), List.of(query.memberId())))
                .map(b -> view(query.tenantId(), query.memberId(), b.get(query.memberId())))
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("reading a wallet", err)));
    }

    /**
     * Applies an adjustment.
     *
     * @return the wallet after it (also for a repeated request id); failed with
     *         {@link ErrorCode#BAD_REQUEST} for bad fields or a take-back beyond the balance,
     *         {@link ErrorCode#NOT_FOUND} for an unknown member
     */
    public Future<WalletView> adjust(WalletAdjustment r) {
        AccountType balance = balanceOf(r.balance());
        String reason = r.reason() == null ? "" : r.reason().trim();
        if (balance == null || r.amountFen() == 0 || reason.isEmpty() || reason.length() > 255 || r.requestId() == null
                || r.requestId().isBlank() || r.requestId().length() > 64 || r.actor() != null && r.actor().length() > 64) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "an adjustment needs balance CASH or GIFT,"
                    + " a non-zero amount, a reason (<= 255 characters) and a request id (<= 64 characters)"));
        }
        Instant now = clock.instant();
        List<OrderRow> toldPiles = new ArrayList<>();
        return tx.inTransaction("wallet adjustment " + r.requestId(), conn -> MemberRepository.status(conn, r.tenantId(),
                        r.memberId())
                .compose(s -> OrderRepository.runningOfMember(conn, r.tenantId(), r.memberId()))
                .compose(running -> LedgerRepository.lockMembers(conn, r.tenantId(), List.of(r.memberId()))
                        .compose(b -> applyAdjustment(conn, r, balance, reason, b.get(r.memberId()), running, toldPiles, now))))
                .transform(ar -> {
                    if (ar.failed() && MySqlErrors.isDuplicateKey(ar.cause())) {
                        LOG.info("wallet adjustment repeated, already applied [member: {}, request: {}]", r.memberId(),
                                r.requestId());
                        return get(new WalletQuery(r.tenantId(), r.memberId()));
                    }
                    if (ar.failed()) {
                        return Future.failedFuture(MySqlErrors.unavailable("adjusting a wallet", ar.cause()));
                    }
                    toldPiles.forEach(this::tellPile);
                    return Future.succeededFuture(ar.result());
                });
    }

    private Future<WalletView> applyAdjustment(SqlConnection conn, WalletAdjustment r, AccountType balance, String reason,
                                               MemberBalances before, List<OrderRow> running, List<OrderRow> toldPiles,
                                               Instant now) {
        MemberWallet wallet = new MemberWallet(r.tenantId(), r.memberId(), before);
        JournalDraft adjustment = wallet.adjustmentJournal(balance, r.amountFen(), r.requestId(), reason);
        MemberBalances after = wallet.balancesAfter(adjustment);
        List<JournalDraft> journals = new ArrayList<>(List.of(adjustment));
        Future<Void> holdGrown = Future.succeededFuture();
        OrderRow session = running.stream().filter(o -> o.mode() != ChargeMode.AMOUNT).findFirst().orElse(null);
        if (r.amountFen() > 0 && session != null && !after.inArrears() && after.availableFen() > 0) {
            MemberWallet grown = new MemberWallet(r.tenantId(), r.memberId(), after);
            Hold more = grown.planHold(after.availableFen());
            JournalDraft topUp = grown.holdJournal(JournalKind.HOLD_TOP_UP, more, r.requestId());
            journals.add(topUp);
            after = grown.balancesAfter(topUp);
            Hold total = session.hold().plus(more);
            toldPiles.add(new OrderRow(session.id(), session.tradeSerial(), session.tenantId(), session.stationId(),
                    session.pileId(), session.pileNo(), session.gun(), session.memberId(), session.trigger(), session.mode(),
                    session.limitValue(), session.state(), total, session.tariff(), session.physicalCardNo(),
                    session.createdAt(), session.startedAt()));
            holdGrown = conn.preparedQuery("UPDATE charge_orders SET hold_gift_fen = ?, hold_cash_fen = ? WHERE id = ?")
                    .execute(Tuple.of(total.giftFen(), total.cashFen(), session.id())).mapEmpty();
        }
        MemberBalances result = after;
        return holdGrown.compose(v -> LedgerRepository.write(conn, journals, r.actor(), now))
                .map(v -> view(r.tenantId(), r.memberId(), result));
    }

    private void tellPile(OrderRow session) {
        long holdFen = session.hold().totalFen();
        live.update(session.tradeSerial(), null, holdFen);
        String card = session.physicalCardNo() == null ? NO_CARD : session.physicalCardNo();
        commands.send(new UpdateBalance(session.pileNo(), session.gun(), card, holdFen)).onComplete(ar -> {
            boolean ok = ar.succeeded() && ar.result().success();
            LOG.info("balance update sent to the pile [pile: {}, gun: {}, serial: {}, balanceFen: {}, accepted: {}]",
                    session.pileNo(), session.gun(), session.tradeSerial(), holdFen, ok
                            ? "yes" : ar.succeeded() ? ar.result().reason() : ar.cause().getMessage());
        });
    }

    /**
     * A member's ledger lines, newest first.
     *
     * @return the page; failed with {@link ErrorCode#NOT_FOUND} for a member of another tenant,
     *         {@link ErrorCode#BAD_REQUEST} for a limit outside 1..200
     */
    public Future<WalletEntryPage> entries(WalletEntriesQuery q) {
        int limit = q.limit() == 0 ? 50 : q.limit();
        if (limit < 1 || limit > 200) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "limit must be 1..200"));
        }
        String sql = "SELECT e.id, e.account_type, e.amount_fen, e.kind, e.reference, j.memo, e.created_at FROM ledger_entries e"
                + " JOIN ledger_journals j ON j.tenant_id = e.tenant_id AND j.kind = e.kind AND j.reference = e.reference"
                + " WHERE e.account_tenant_id = ? AND e.owner_id = ? AND e.account_type IN ('MEMBER_CASH', 'MEMBER_GIFT',"
                + " 'MEMBER_HOLD', 'MEMBER_ARREARS') AND e.id < ? ORDER BY e.id DESC LIMIT ?";
        long before = q.beforeId() > 0 ? q.beforeId() : Long.MAX_VALUE;
        return MemberRepository.status(tx.pool(), q.tenantId(), q.memberId())
                .compose(s -> tx.pool().preparedQuery(sql).execute(Tuple.of(q.tenantId(), q.memberId(), before, limit + 1)))
                .map(rows -> {
                    List<WalletEntryView> out = new ArrayList<>();
                    rows.forEach(e -> out.add(new WalletEntryView(e.getLong("id"), e.getString("account_type"),
                            e.getLong("amount_fen"), e.getString("kind"), e.getString("reference"), e.getString("memo"),
                            UtcDateTimes.fromColumn(e.getLocalDateTime("created_at")))));
                    boolean more = out.size() > limit;
                    List<WalletEntryView> page = more ? out.subList(0, limit) : out;
                    return new WalletEntryPage(List.copyOf(page), more ? page.get(limit - 1).entryId() : 0);
                })
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("reading wallet entries", err)));
    }

    static WalletView view(long tenantId, long memberId, MemberBalances b) {
        return new WalletView(tenantId, memberId, b.cashFen(), b.giftFen(), b.heldFen(), b.arrearsFen(),
                b.inArrears() ? 0 : b.availableFen());
    }

    private static AccountType balanceOf(String name) {
        String n = name == null ? "" : name.toUpperCase(Locale.ROOT);
        return switch (n) {
            case "CASH" -> AccountType.MEMBER_CASH;
            case "GIFT" -> AccountType.MEMBER_GIFT;
            default -> null;
        };
    }
}
