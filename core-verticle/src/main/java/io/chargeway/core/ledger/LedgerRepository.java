package io.chargeway.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.wallet.MemberBalances;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of the ledger: writes journals with their entries and the balances they change, and locks
 * member balances for a decision. Every method works on the connection of the caller's
 * transaction; the business change and its money movement commit together or not at all.
 *
 * <p>Writing N journals takes three statements whatever N is: the journals (their unique key
 * refuses a second movement with the same kind and reference), the account balances (one
 * upsert per account, with the deltas of all journals merged, so a hot account such as an
 * operator's revenue is touched once per transaction), and the entries.
 */
public final class LedgerRepository {

    private static final List<AccountType> MEMBER_TYPES = List.of(AccountType.MEMBER_CASH, AccountType.MEMBER_GIFT,
            AccountType.MEMBER_HOLD, AccountType.MEMBER_ARREARS);

    /**
     * Locking reads name the key they go through. With index statistics taken while the table was
     * small (a fresh tenant, the hour after an import) the optimizer may prefer a scan to point
     * lookups, and a scan under {@code FOR UPDATE} locks every row it passes: seen in the order
     * benchmark, where a settlement batch held all 6,400 accounts for most of a second and every
     * start waited behind it.
     */
    public static final String BY_ACCOUNT_KEY = " FORCE INDEX (PRIMARY)";

    /**
     * Members per locking read. Four accounts each gives 128 point ranges, under MariaDB's
     * {@code eq_range_index_dive_limit} (200) above which the optimizer estimates ranges from
     * index statistics instead of looking (see {@link #BY_ACCOUNT_KEY}).
     */
    static final int MEMBERS_PER_STATEMENT = 32;

    private LedgerRepository() {
    }

    /**
     * Writes the journals that move money (empty ones are skipped).
     *
     * @param actor who caused them (adjustments), or null
     * @return completes when written; fails with a duplicate-key error if a journal with the same
     *         tenant, kind and reference exists (the caller decides whether that means "done before")
     */
    public static Future<Void> write(SqlClient conn, Collection<JournalDraft> journals, String actor, Instant at) {
        List<JournalDraft> moving = journals.stream().filter(j -> !j.isEmpty()).toList();
        if (moving.isEmpty()) {
            return Future.succeededFuture();
        }
        return insertJournals(conn, moving, actor, at)
                .compose(v -> upsertBalances(conn, moving, at))
                .compose(v -> insertEntries(conn, moving, at));
    }

    /**
     * Locks and reads the four accounts of each member ({@code SELECT ... FOR UPDATE}, members in
     * ascending order, {@value #MEMBERS_PER_STATEMENT} per statement, each statement in key order,
     * so that concurrent transactions take them in one order). Missing accounts read as 0.
     */
    public static Future<Map<Long, MemberBalances>> lockMembers(SqlClient conn, long tenantId, Collection<Long> memberIds) {
        return members(conn, tenantId, memberIds, " FOR UPDATE");
    }

    /** Reads the balances of members without locking (for display). */
    public static Future<Map<Long, MemberBalances>> readMembers(SqlClient client, long tenantId, Collection<Long> memberIds) {
        return members(client, tenantId, memberIds, "");
    }

    private static Future<Map<Long, MemberBalances>> members(SqlClient conn, long tenantId, Collection<Long> memberIds,
                                                            String lock) {
        List<Long> ids = memberIds.stream().distinct().sorted().toList();
        Map<Long, MemberBalances> result = new HashMap<>();
        Future<Void> chain = Future.succeededFuture();
        for (int from = 0; from < ids.size(); from += MEMBERS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + MEMBERS_PER_STATEMENT));
            chain = chain.compose(v -> membersChunk(conn, tenantId, chunk, lock).map(part -> {
                result.putAll(part);
                return null;
            }));
        }
        return chain.map(result);
    }

    private static Future<Map<Long, MemberBalances>> membersChunk(SqlClient conn, long tenantId, List<Long> ids, String lock) {
        String sql = "SELECT owner_id, account_type, balance_fen FROM ledger_accounts" + (lock.isEmpty() ? "" : BY_ACCOUNT_KEY)
                + " WHERE tenant_id = ?"
                + " AND account_type IN ('MEMBER_CASH', 'MEMBER_GIFT', 'MEMBER_HOLD', 'MEMBER_ARREARS')"
                + " AND owner_id IN (" + placeholders(ids.size()) + ") ORDER BY tenant_id, account_type, owner_id" + lock;
        Tuple params = Tuple.tuple().addLong(tenantId);
        ids.forEach(params::addLong);
        return conn.preparedQuery(sql).execute(params).map(rows -> {
            Map<Long, long[]> raw = new HashMap<>();
            for (Row row : rows) {
                long[] values = raw.computeIfAbsent(row.getLong("owner_id"), k -> new long[4]);
                values[MEMBER_TYPES.indexOf(AccountType.valueOf(row.getString("account_type")))] = row.getLong("balance_fen");
            }
            Map<Long, MemberBalances> result = new HashMap<>();
            for (Long id : ids) {
                long[] v = raw.getOrDefault(id, new long[4]);
                result.put(id, new MemberBalances(v[0], v[1], v[2], -v[3]));
            }
            return result;
        });
    }

    /** Creates the four zero-balance accounts of a new member (no-op for those that exist). */
    public static Future<Void> openMemberAccounts(SqlClient conn, long tenantId, long memberId, Instant at) {
        Tuple params = Tuple.tuple();
        StringBuilder values = new StringBuilder();
        for (AccountType type : MEMBER_TYPES) {
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, 0, ?, ?)");
            params.addLong(tenantId).addString(type.name()).addLong(memberId)
                    .addLocalDateTime(UtcDateTimes.toColumn(at)).addLocalDateTime(UtcDateTimes.toColumn(at));
        }
        return conn.preparedQuery("INSERT INTO ledger_accounts (tenant_id, account_type, owner_id, balance_fen, created_at,"
                + " updated_at) VALUES " + values + " ON DUPLICATE KEY UPDATE id = id").execute(params).mapEmpty();
    }

    private static Future<Void> insertJournals(SqlClient conn, List<JournalDraft> journals, String actor, Instant at) {
        StringBuilder sql = new StringBuilder("INSERT INTO ledger_journals (tenant_id, kind, reference, memo, actor, created_at)"
                + " VALUES ");
        Tuple params = Tuple.tuple();
        for (int i = 0; i < journals.size(); i++) {
            JournalDraft j = journals.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            params.addLong(j.tenantId()).addString(j.kind().name()).addString(j.reference()).addString(j.memo())
                    .addString(actor).addLocalDateTime(UtcDateTimes.toColumn(at));
        }
        return conn.preparedQuery(sql.toString()).execute(params).mapEmpty();
    }

    private static Future<Void> upsertBalances(SqlClient conn, List<JournalDraft> journals, Instant at) {
        Map<AccountKey, Long> deltas = new TreeMap<>();
        for (JournalDraft j : journals) {
            for (Posting p : j.postings()) {
                deltas.merge(p.account(), p.amountFen(), Math::addExact);
            }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ledger_accounts (tenant_id, account_type, owner_id, balance_fen,"
                + " created_at, updated_at) VALUES ");
        Tuple params = Tuple.tuple();
        int i = 0;
        for (Map.Entry<AccountKey, Long> e : deltas.entrySet()) {
            sql.append(i++ == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            params.addLong(e.getKey().tenantId()).addString(e.getKey().type().name()).addLong(e.getKey().ownerId())
                    .addLong(e.getValue()).addLocalDateTime(UtcDateTimes.toColumn(at))
                    .addLocalDateTime(UtcDateTimes.toColumn(at));
        }
        sql.append(" ON DUPLICATE KEY UPDATE balance_fen = balance_fen + VALUES(balance_fen), updated_at = VALUES(updated_at)");
        return conn.preparedQuery(sql.toString()).execute(params).mapEmpty();
    }

    private static Future<Void> insertEntries(SqlClient conn, List<JournalDraft> journals, Instant at) {
        StringBuilder sql = new StringBuilder("INSERT INTO ledger_entries (tenant_id, kind, reference, account_tenant_id,"
                + " account_type, owner_id, amount_fen, created_at) VALUES ");
        Tuple params = Tuple.tuple();
        List<String> groups = new ArrayList<>();
        for (JournalDraft j : journals) {
            for (Posting p : j.postings()) {
                groups.add("(?, ?, ?, ?, ?, ?, ?, ?)");
                params.addLong(j.tenantId()).addString(j.kind().name()).addString(j.reference())
                        .addLong(p.account().tenantId()).addString(p.account().type().name())
                        .addLong(p.account().ownerId()).addLong(p.amountFen())
                        .addLocalDateTime(UtcDateTimes.toColumn(at));
            }
        }
        sql.append(String.join(", ", groups));
        return conn.preparedQuery(sql.toString()).execute(params).mapEmpty();
    }

    /** {@code ?, ?, ...} with {@code n} placeholders. */
    public static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
