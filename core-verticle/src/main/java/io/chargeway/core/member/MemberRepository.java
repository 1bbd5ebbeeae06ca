package io.chargeway.core.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.MemberView;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.wallet.MemberBalances;
import io.vertx.core.Future;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowIterator;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * SQL of members, their cards and vehicles. Works on a pool or on a transaction's connection.
 * Failed Futures carry a {@link PlatformException} for domain outcomes and the client's
 * exception otherwise.
 */
public final class MemberRepository {

    private static final String INSERT = "INSERT INTO members (tenant_id, phone, display_name, status, created_at, updated_at)"
            + " VALUES (?, ?, ?, 'ACTIVE', ?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)";
    private static final String BY_CARD = "SELECT m.id, m.status, c.logical_card_no FROM member_cards c"
            + " JOIN members m ON m.id = c.member_id WHERE c.tenant_id = ? AND c.physical_card_no = ?";
    private static final String BY_VIN = "SELECT m.id, m.status, NULL AS logical_card_no FROM member_vehicles v"
            + " JOIN members m ON m.id = v.member_id WHERE v.tenant_id = ? AND v.vin = ?";

    private MemberRepository() {
    }

    /** Inserts a member, or finds the one with the same tenant and phone; answers its id. */
    public static Future<Long> insertOrFind(SqlClient client, long tenantId, String phone, String displayName, Instant at) {
        Tuple params = Tuple.of(tenantId, phone, displayName, UtcDateTimes.toColumn(at), UtcDateTimes.toColumn(at));
        return client.preparedQuery(INSERT).execute(params).map(rows -> rows.property(MySQLClient.LAST_INSERTED_ID));
    }

    /**
     * A member with cards and vehicles.
     *
     * @return the member; failed with {@link ErrorCode#NOT_FOUND} if there is none of that tenant
     */
    public static Future<MemberView> find(SqlClient client, long tenantId, long memberId) {
        return client.preparedQuery("SELECT id, tenant_id, phone, display_name, status, created_at FROM members"
                + " WHERE id = ? AND tenant_id = ?").execute(Tuple.of(memberId, tenantId)).compose(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Future.failedFuture(notFound(memberId));
                    }
                    Row m = it.next();
                    return credentials(client, memberId).map(creds -> new MemberView(m.getLong("id"), m.getLong("tenant_id"),
                            m.getString("phone"), m.getString("display_name"), m.getString("status"), creds.get(0),
                            creds.get(1), UtcDateTimes.fromColumn(m.getLocalDateTime("created_at"))));
                });
    }

    /**
     * The status of a member of a tenant.
     *
     * @return {@code ACTIVE} or {@code FROZEN}; failed with {@link ErrorCode#NOT_FOUND} if there is none
     */
    public static Future<String> status(SqlClient client, long tenantId, long memberId) {
        return client.preparedQuery("SELECT status FROM members WHERE id = ? AND tenant_id = ?")
                .execute(Tuple.of(memberId, tenantId)).compose(rows -> rows.size() == 0
                        ? Future.failedFuture(notFound(memberId))
                        : Future.succeededFuture(rows.iterator().next().getString("status")));
    }

    /**
     * Locks a member and the member's four accounts in one query ({@code SELECT ... FOR UPDATE}),
     * for a start: its status and balances.
     *
     * @return the status and balances; failed with {@link ErrorCode#NOT_FOUND} if there is no such member
     */
    public static Future<LockedMember> lockWithBalances(SqlClient conn, long tenantId, long memberId) {
        return conn.preparedQuery("SELECT m.status, a.account_type, a.balance_fen FROM members m LEFT JOIN ledger_accounts a"
                + LedgerRepository.BY_ACCOUNT_KEY
                + " ON a.tenant_id = m.tenant_id AND a.owner_id = m.id AND a.account_type IN ('MEMBER_CASH', 'MEMBER_GIFT',"
                + " 'MEMBER_HOLD', 'MEMBER_ARREARS') WHERE m.id = ? AND m.tenant_id = ? ORDER BY a.account_type FOR UPDATE")
                .execute(Tuple.of(memberId, tenantId)).compose(rows -> {
                    String status = null;
                    long cash = 0;
                    long gift = 0;
                    long held = 0;
                    long arrears = 0;
                    for (Row r : rows) {
                        status = r.getString("status");
                        String type = r.getString("account_type");
                        long balance = type == null ? 0 : r.getLong("balance_fen");
                        switch (type == null ? "" : type) {
                            case "MEMBER_CASH" -> cash = balance;
                            case "MEMBER_GIFT" -> gift = balance;
                            case "MEMBER_HOLD" -> held = balance;
                            case "MEMBER_ARREARS" -> arrears = -balance;
                            default -> { }
                        }
                    }
                    return status == null ? Future.failedFuture(notFound(memberId))
                            : Future.succeededFuture(new LockedMember(status, new MemberBalances(cash, gift, held, arrears)));
                });
    }

    /** The member a card (physical number, 16 upper-case hex digits) is bound to, or null. */
    public static Future<Credential> byCard(SqlClient client, long tenantId, String physicalCardNo) {
        return client.preparedQuery(BY_CARD).execute(Tuple.of(tenantId, physicalCardNo)).map(MemberRepository::credential);
    }

    /** The member a vehicle is bound to, or null. */
    public static Future<Credential> byVin(SqlClient client, long tenantId, String vin) {
        return client.preparedQuery(BY_VIN).execute(Tuple.of(tenantId, vin)).map(MemberRepository::credential);
    }

    /** Binds a card; fails with the client's duplicate-key error if the card is bound already. */
    public static Future<Void> insertCard(SqlClient client, long tenantId, long memberId, String physical, String logical,
                                          Instant at) {
        return client.preparedQuery("INSERT INTO member_cards (tenant_id, member_id, physical_card_no, logical_card_no,"
                + " created_at) VALUES (?, ?, ?, ?, ?)").execute(Tuple.of(tenantId, memberId, physical, logical,
                UtcDateTimes.toColumn(at))).mapEmpty();
    }

    /** Binds a vehicle; fails with the client's duplicate-key error if the VIN is bound already. */
    public static Future<Void> insertVehicle(SqlClient client, long tenantId, long memberId, String vin, Instant at) {
        return client.preparedQuery("INSERT INTO member_vehicles (tenant_id, member_id, vin, created_at) VALUES (?, ?, ?, ?)")
                .execute(Tuple.of(tenantId, memberId, vin, UtcDateTimes.toColumn(at))).mapEmpty();
    }

    private static Future<List<List<String>>> credentials(SqlClient client, long memberId) {
        return client.preparedQuery("SELECT CONCAT(physical_card_no, '/', logical_card_no) AS v FROM member_cards"
                + " WHERE member_id = ? ORDER BY id").execute(Tuple.of(memberId)).compose(cards -> client
                .preparedQuery("SELECT vin AS v FROM member_vehicles WHERE member_id = ? ORDER BY id").execute(Tuple.of(memberId))
                .map(vins -> List.of(values(cards), values(vins))));
    }

    private static List<String> values(Iterable<Row> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.getString("v")));
        return out;
    }

    private static Credential credential(Iterable<Row> rows) {
        for (Row r : rows) {
            return new Credential(r.getLong("id"), r.getString("status"), r.getString("logical_card_no"));
        }
        return null;
    }

    /**
     * Locks members ({@code SELECT ... FOR UPDATE} by primary key, in id order) and answers their
     * status by id; members of another tenant or that do not exist are absent.
     */
    public static Future<Map<Long, String>> lockStatuses(SqlClient conn, long tenantId, Collection<Long> memberIds) {
        List<Long> ids = memberIds.stream().distinct().sorted().toList();
        Tuple params = Tuple.tuple().addLong(tenantId);
        ids.forEach(params::addLong);
        return conn.preparedQuery("SELECT id, status FROM members FORCE INDEX (PRIMARY) WHERE tenant_id = ? AND id IN ("
                + LedgerRepository.placeholders(ids.size()) + ") ORDER BY id FOR UPDATE").execute(params).map(rows -> {
                    Map<Long, String> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getLong("id"), r.getString("status")));
                    return out;
                });
    }

    /** The error for a member that does not exist (or belongs to another tenant). */
    public static PlatformException notFound(long memberId) {
        return new PlatformException(ErrorCode.NOT_FOUND, "member " + memberId + " does not exist");
    }

    /**
     * A member locked for a start.
     *
     * @param status   {@code ACTIVE} or {@code FROZEN}
     * @param balances the balances
     */
    public record LockedMember(String status, MemberBalances balances) {
    }

    /**
     * The member a card or vehicle belongs to.
     *
     * @param memberId      the member
     * @param status        {@code ACTIVE} or {@code FROZEN}
     * @param logicalCardNo the card's printed number (null for a vehicle)
     */
    public record Credential(long memberId, String status, String logicalCardNo) {
    }
}
