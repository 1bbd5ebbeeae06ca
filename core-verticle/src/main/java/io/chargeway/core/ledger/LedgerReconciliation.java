package io.chargeway.core.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.order.ReconciliationReport;
import io.chargeway.contract.order.ReconciliationReport.AccountMismatch;
import io.chargeway.contract.order.ReconciliationReport.JournalMismatch;
import io.chargeway.core.db.DatabaseOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;

/**
 * Verifies the ledger in one consistent snapshot (a REPEATABLE READ transaction started with a
 * consistent snapshot, whatever the pool's default isolation): every account's balance
 * equals the sum of its entries, every journal and the whole ledger sum to zero, no member
 * balance is on the wrong side of zero, and every member's hold account equals the holds of the
 * member's orders. Read-only; reports what it finds and changes nothing.
 *
 * <p>Entry points: {@link #run()} on a running core's pool (also served on
 * {@code OrderAddresses.LEDGER_RECONCILE}), and {@link #runOnce(Vertx, DatabaseOptions, Clock)}
 * for a command-line tool that has only the database settings.
 */
public final class LedgerReconciliation {

    private static final String ACCOUNT_MISMATCHES = "SELECT a.id, a.tenant_id, a.account_type, a.owner_id, a.balance_fen,"
            + " COALESCE(e.total, 0) AS total FROM ledger_accounts a LEFT JOIN (SELECT account_tenant_id, account_type, owner_id,"
            + " SUM(amount_fen) AS total FROM ledger_entries GROUP BY account_tenant_id, account_type, owner_id) e"
            + " ON e.account_tenant_id = a.tenant_id AND e.account_type = a.account_type AND e.owner_id = a.owner_id"
            + " WHERE a.balance_fen <> COALESCE(e.total, 0) ORDER BY a.id LIMIT 1000";
    private static final String UNBALANCED_JOURNALS = "SELECT j.id, j.kind, j.reference, SUM(e.amount_fen) AS total"
            + " FROM ledger_journals j JOIN ledger_entries e ON e.tenant_id = j.tenant_id AND e.kind = j.kind"
            + " AND e.reference = j.reference GROUP BY j.id, j.kind, j.reference HAVING SUM(e.amount_fen) <> 0"
            + " ORDER BY j.id LIMIT 1000";
    private static final String TOTALS = "SELECT (SELECT COUNT(*) FROM ledger_accounts) AS accounts, COUNT(*) AS entries,"
            + " COALESCE(SUM(amount_fen), 0) AS total FROM ledger_entries";
    private static final String NEGATIVE = "SELECT id, tenant_id, account_type, owner_id, balance_fen, balance_fen AS total"
            + " FROM ledger_accounts WHERE (account_type IN ('MEMBER_CASH', 'MEMBER_GIFT', 'MEMBER_HOLD') AND balance_fen < 0)"
            + " OR (account_type = 'MEMBER_ARREARS' AND balance_fen > 0) ORDER BY id LIMIT 1000";
    private static final String HOLD_MISMATCHES = "SELECT a.id, a.tenant_id, a.account_type, a.owner_id, a.balance_fen,"
            + " COALESCE(o.total, 0) AS total FROM ledger_accounts a LEFT JOIN (SELECT tenant_id, member_id,"
            + " SUM(hold_gift_fen + hold_cash_fen) AS total FROM charge_orders WHERE member_id IS NOT NULL"
            + " GROUP BY tenant_id, member_id) o ON o.tenant_id = a.tenant_id AND o.member_id = a.owner_id"
            + " WHERE a.account_type = 'MEMBER_HOLD' AND a.balance_fen <> COALESCE(o.total, 0) ORDER BY a.id LIMIT 1000";

    private final Pool pool;
    private final Clock clock;

    /** A reconciliation over a running core's pool. */
    public LedgerReconciliation(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Runs the checks with a pool of its own and closes it: for the launcher's {@code reconcile}
     * command.
     *
     * @return the report; failed with the database's exception if it cannot be reached
     */
    public static Future<ReconciliationReport> runOnce(Vertx vertx, DatabaseOptions database, Clock clock) {
        Pool pool = MySQLBuilder.pool().with(database.poolOptions().setMaxSize(1))
                .connectingTo(database.connectOptions()).using(vertx).build();
        return new LedgerReconciliation(pool, clock).run().eventually(pool::close);
    }

    /**
     * Runs the checks.
     *
     * @return the report ({@code balanced} says whether all is well); failed with the database's
     *         exception if it cannot be read
     */
    public Future<ReconciliationReport> run() {
        return pool.withConnection(conn -> conn.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").execute()
                .compose(v -> conn.query("START TRANSACTION WITH CONSISTENT SNAPSHOT").execute())
                .compose(v -> check(conn))
                .compose(report -> conn.query("COMMIT").execute().map(report), err -> conn.query("ROLLBACK").execute()
                        .transform(ar -> Future.failedFuture(err))));
    }

    private Future<ReconciliationReport> check(SqlConnection conn) {
        return conn.query(TOTALS).execute().compose(totals -> {
            Row t = totals.iterator().next();
            return conn.query(ACCOUNT_MISMATCHES).execute().compose(accounts -> conn.query(UNBALANCED_JOURNALS).execute()
                    .compose(journals -> conn.query(NEGATIVE).execute()
                            .compose(negative -> conn.query(HOLD_MISMATCHES).execute()
                                    .map(holds -> report(t, accounts, journals, negative, holds)))));
        });
    }

    private ReconciliationReport report(Row totals, RowSet<Row> accounts, RowSet<Row> journals, RowSet<Row> negative,
                                        RowSet<Row> holds) {
        List<JournalMismatch> unbalanced = new ArrayList<>();
        for (Row r : journals) {
            unbalanced.add(new JournalMismatch(r.getLong("id"), r.getString("kind"), r.getString("reference"),
                    r.getNumeric("total").longValue()));
        }
        long sum = totals.getNumeric("total").longValue();
        List<AccountMismatch> mismatched = accountRows(accounts);
        List<AccountMismatch> negatives = accountRows(negative);
        List<AccountMismatch> holdMismatches = accountRows(holds);
        boolean balanced = sum == 0 && mismatched.isEmpty() && unbalanced.isEmpty() && negatives.isEmpty()
                && holdMismatches.isEmpty();
        return new ReconciliationReport(clock.instant(), totals.getLong("accounts"), totals.getLong("entries"), sum, mismatched,
                unbalanced, negatives, holdMismatches, balanced);
    }

    private static List<AccountMismatch> accountRows(RowSet<Row> rows) {
        List<AccountMismatch> result = new ArrayList<>();
        for (Row r : rows) {
            result.add(new AccountMismatch(r.getLong("id"), r.getLong("tenant_id"), r.getString("account_type"),
                    r.getLong("owner_id"), r.getLong("balance_fen"), r.getNumeric("total").longValue()));
        }
        return result;
    }
}
