package io.chargeway.core.order.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.core.ledger.AccountKey;
import io.chargeway.core.ledger.JournalDraft;
import io.chargeway.core.ledger.JournalKind;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.order.OrderRow;
import io.chargeway.core.order.OrderState;
import io.chargeway.core.order.SettlementFigures;
import io.chargeway.core.wallet.Charge;
import io.chargeway.core.wallet.MemberWallet;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;

/**
 * Settles a batch of transaction records in the caller's transaction: locks their orders (in
 * serial order), creates the orders the platform never saw, locks the paying members' balances,
 * prices each record with the order's tariff, releases the hold and charges the payer, credits
 * the operator, and writes everything with a handful of multi-row statements
 * ({@link SettlementRows}, {@link LedgerRepository#write}). A record whose order is settled
 * already changes nothing (the pile re-sent it). Nothing is visible before the commit.
 */
final class SettlementWriter {

    private final long toleranceFen;

    SettlementWriter(long toleranceFen) {
        this.toleranceFen = toleranceFen;
    }

    /**
     * Settles {@code records} (distinct serials).
     *
     * @return one result per record, in order; failed (nothing written) on any database error or
     *         a record whose order cannot be created
     */
    Future<List<Settled>> settle(SqlConnection conn, List<Pending> records, Instant now) {
        Map<String, Pending> bySerial = new LinkedHashMap<>();
        records.forEach(p -> bySerial.put(p.record().tradeSerial(), p));
        return SettlementRows.lockOrders(conn, bySerial.keySet())
                .compose(found -> createMissing(conn, bySerial, found, now))
                .compose(orders -> lockPayers(conn, orders.values())
                        .compose(wallets -> write(conn, bySerial, orders, wallets, now)));
    }

    private static Future<Map<String, OrderRow>> createMissing(SqlConnection conn, Map<String, Pending> bySerial,
                                                               Map<String, OrderRow> found, Instant now) {
        Future<Map<String, OrderRow>> chain = Future.succeededFuture(new HashMap<>(found));
        for (Pending p : bySerial.values()) {
            if (!found.containsKey(p.record().tradeSerial())) {
                chain = chain.compose(orders -> OfflineOrders.create(conn, p.record(), now).map(order -> {
                    orders.put(order.tradeSerial(), order);
                    return orders;
                }));
            }
        }
        return chain;
    }

    private static Future<Map<Long, MemberWallet>> lockPayers(SqlConnection conn, Iterable<OrderRow> orders) {
        Map<Long, List<Long>> membersByTenant = new HashMap<>();
        for (OrderRow o : orders) {
            if (o.paidByMember() && o.state() != OrderState.SETTLED) {
                membersByTenant.computeIfAbsent(o.tenantId(), t -> new ArrayList<>()).add(o.memberId());
            }
        }
        Map<Long, MemberWallet> wallets = new HashMap<>();
        Future<Void> chain = Future.succeededFuture();
        for (Map.Entry<Long, List<Long>> e : membersByTenant.entrySet()) {
            chain = chain.compose(v -> LedgerRepository.lockMembers(conn, e.getKey(), e.getValue()).map(balances -> {
                balances.forEach((member, b) -> wallets.put(member, new MemberWallet(e.getKey(), member, b)));
                return null;
            }));
        }
        return chain.map(wallets);
    }

    private Future<List<Settled>> write(SqlConnection conn, Map<String, Pending> bySerial, Map<String, OrderRow> orders,
                                        Map<Long, MemberWallet> wallets, Instant now) {
        List<Settled> results = new ArrayList<>();
        List<SettlementRows.Row> rows = new ArrayList<>();
        List<JournalDraft> journals = new ArrayList<>();
        for (Pending p : bySerial.values()) {
            OrderRow order = orders.get(p.record().tradeSerial());
            if (order.state() == OrderState.SETTLED) {
                results.add(new Settled(order, OrderState.SETTLED, null, 0));
                continue;
            }
            SettlementFigures figures = SettlementFigures.of(order.tariff(), p.record(), toleranceFen);
            Charge charge = new Charge(0, 0, 0);
            List<String> notes = new ArrayList<>(figures.notes());
            MemberWallet wallet = wallets.get(order.memberId());
            if (wallet != null) {
                charge = wallet.planCharge(order.hold(), figures.price().totalFen());
                JournalDraft journal = wallet.chargeJournal(JournalKind.SETTLEMENT, order.hold(), charge,
                        AccountKey.operatorRevenue(order.tenantId()), order.tradeSerial());
                journals.add(journal);
                wallets.put(order.memberId(), new MemberWallet(order.tenantId(), order.memberId(), wallet.balancesAfter(journal)));
            } else {
                notes.add("no payer known for this session: nothing charged");
            }
            rows.add(new SettlementRows.Row(order, p.record(), p.raw(), figures, charge, notes));
            results.add(new Settled(order, order.state(), figures, charge.totalFen()));
        }
        if (rows.isEmpty()) {
            return Future.succeededFuture(results);
        }
        // the ledger last: its balance update locks the operator's revenue account, which every
        // settlement shares, so it is held for the commit only and not for the other inserts too
        return SettlementRows.insert(conn, rows, now)
                .compose(v -> SettlementRows.storeRecords(conn, rows, now))
                .compose(v -> LedgerRepository.write(conn, journals, null, now))
                .map(results);
    }

    /**
     * A record waiting to be settled, with the JSON it arrived as.
     *
     * @param record the record
     * @param raw    its JSON, stored as received
     */
    record Pending(TransactionRecorded record, JsonObject raw) {
    }
}
