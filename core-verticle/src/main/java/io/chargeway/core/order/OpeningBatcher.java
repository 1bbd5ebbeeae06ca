package io.chargeway.core.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.chargeway.core.db.GroupCommit;
import io.chargeway.core.ledger.JournalDraft;
import io.chargeway.core.ledger.JournalKind;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.member.MemberRepository;
import io.chargeway.core.wallet.Hold;
import io.chargeway.core.wallet.MemberBalances;
import io.chargeway.core.wallet.MemberWallet;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * Group commit for order openings: starts that arrive while earlier openings are being written
 * wait and go together into the next database transaction. A batch locks its members (status
 * and balances, two statements whatever its size), decides each start in Java exactly as a
 * start alone would ({@link OrderOpener#decide}), inserts the orders in one statement and writes
 * all holds with the ledger's three statements. A rush of starts (a station opening, a fleet
 * plugging in at shift change) then costs a few transactions instead of one each; under light
 * load a batch holds one start and takes the single-start path.
 *
 * <p>A start refused on its own merits (frozen member, arrears, balance) is refused in its slot
 * and the others commit. A batch the database refuses (one start's gun is held by a running
 * order, a unique key) is rolled back and each of its starts is tried again alone, so the one
 * that lost the race gets {@link StartRefusal#GUN_BUSY} and the others open. Confined to the
 * event loop of the verticle that created it.
 */
final class OpeningBatcher {

    private final HoldPolicy holds;
    private final Duration startTimeout;
    private final GroupCommit<Pending, OrderRow> commits;

    /**
     * @param alone opens one start in the caller's transaction (the single-start path)
     */
    OpeningBatcher(TransactionRunner tx, BiFunction<SqlConnection, Pending, Future<OrderRow>> alone, HoldPolicy holds,
                   Duration startTimeout, int maxBatch, int concurrency) {
        this.holds = holds;
        this.startTimeout = startTimeout;
        this.commits = new GroupCommit<>("order openings",
                start -> tx.inTransaction("open order " + start.serial(), conn -> alone.apply(conn, start)),
                batch -> tx.inTransaction("open " + batch.size() + " orders", conn -> openAll(conn, batch)), Pending::serial,
                maxBatch, concurrency);
    }

    /** Opens a start with the next batch; completes after the commit, or fails with its refusal or the database's error. */
    Future<OrderRow> submit(Pending start) {
        return commits.submit(start, false);
    }

    /** Decides and writes every start of the batch; one settled Future per start, in order. */
    private Future<List<Future<OrderRow>>> openAll(SqlConnection conn, List<Pending> batch) {
        Map<Long, List<Long>> membersByTenant = new LinkedHashMap<>();
        for (Pending p : batch) {
            membersByTenant.computeIfAbsent(p.opening().pile().tenantId(), t -> new ArrayList<>()).add(p.opening().memberId());
        }
        Map<Long, Map<Long, String>> statuses = new HashMap<>();
        Map<Long, Map<Long, MemberBalances>> balances = new HashMap<>();
        Future<Void> locked = Future.succeededFuture();
        for (Map.Entry<Long, List<Long>> e : membersByTenant.entrySet()) {
            long tenant = e.getKey();
            locked = locked.compose(v -> MemberRepository.lockStatuses(conn, tenant, e.getValue()))
                    .compose(found -> {
                        statuses.put(tenant, found);
                        return LedgerRepository.lockMembers(conn, tenant, e.getValue());
                    })
                    .map(found -> {
                        balances.put(tenant, new HashMap<>(found));
                        return null;
                    });
        }
        return locked.compose(v -> write(conn, batch, statuses, balances));
    }

    private Future<List<Future<OrderRow>>> write(SqlConnection conn, List<Pending> batch, Map<Long, Map<Long, String>> statuses,
                                                 Map<Long, Map<Long, MemberBalances>> balances) {
        List<Future<OrderRow>> results = new ArrayList<>();
        List<NewOrder> orders = new ArrayList<>();
        List<JournalDraft> journals = new ArrayList<>();
        for (Pending start : batch) {
            Opening o = start.opening();
            long tenant = o.pile().tenantId();
            Instant now = start.at();
            MemberBalances b = balances.get(tenant).get(o.memberId());
            String status = statuses.get(tenant).get(o.memberId());
            if (status == null) {
                results.add(Future.failedFuture(MemberRepository.notFound(o.memberId())));
                continue;
            }
            OrderOpener.Refused refused = OrderOpener.decide(o, status, b, holds);
            if (refused != null) {
                results.add(Future.failedFuture(refused));
                continue;
            }
            MemberWallet wallet = new MemberWallet(tenant, o.memberId(), b);
            Hold hold = wallet.planHold(holds.holdFen(o.mode(), o.limitValue(), b.availableFen()));
            JournalDraft journal = wallet.holdJournal(JournalKind.HOLD, hold, start.serial());
            balances.get(tenant).put(o.memberId(), wallet.balancesAfter(journal));
            NewOrder order = OrderOpener.newOrder(o, start.serial(), hold, now.plus(startTimeout), now);
            orders.add(order);
            journals.add(journal);
            results.add(Future.succeededFuture(OrderOpener.row(0, order)));
        }
        if (orders.isEmpty()) {
            return Future.succeededFuture(results);
        }
        return OrderRepository.insertAll(conn, orders)
                .compose(ids -> LedgerRepository.write(conn, journals, null, orders.get(0).at()).map(ids))
                .map(ids -> {
                    List<Future<OrderRow>> withIds = new ArrayList<>();
                    for (Future<OrderRow> r : results) {
                        withIds.add(r.failed() ? r : Future.succeededFuture(r.result().withId(ids.get(r.result().tradeSerial()))));
                    }
                    return withIds;
                });
    }

    /**
     * A start to open.
     *
     * @param opening what to open
     * @param serial  its trade serial
     * @param at      now, as the start saw it
     */
    record Pending(Opening opening, String serial, Instant at) {
    }
}
