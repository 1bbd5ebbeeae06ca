package io.chargeway.core.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.identity.RefreshTokens;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Members (drivers) for admins, within the caller's tenant: {@code member.search} (by phone, name,
 * card number and status, with their cash and gift balances; paged) and {@code member.set-status}
 * (disable: the member is {@code FROZEN}, its refresh tokens are revoked, it cannot log in and
 * every start, in the app or at the pile, is refused; enable: {@code ACTIVE} again). Details,
 * wallets and balance adjustments are the orders feature's.
 */
public final class MemberAdmin {

    private static final String COLUMNS = "SELECT m.id, m.tenant_id AS tenantId, m.phone, m.display_name AS displayName, m.status,"
            + " m.created_at AS createdAt, m.updated_at AS updatedAt,"
            + " (SELECT a.balance_fen FROM ledger_accounts a WHERE a.tenant_id = m.tenant_id AND a.account_type = 'MEMBER_CASH'"
            + " AND a.owner_id = m.id) AS cashFen,"
            + " (SELECT a.balance_fen FROM ledger_accounts a WHERE a.tenant_id = m.tenant_id AND a.account_type = 'MEMBER_GIFT'"
            + " AND a.owner_id = m.id) AS giftFen FROM members m";
    private static final String CARD = "EXISTS (SELECT 1 FROM member_cards c WHERE c.member_id = m.id"
            + " AND (c.physical_card_no = ? OR c.logical_card_no = ?))";

    private final Pool pool;
    private final RefreshTokens refresh;
    private final Clock clock;

    /** Member administration on {@code pool}. */
    public MemberAdmin(Pool pool, Clock clock) {
        this.pool = pool;
        this.refresh = new RefreshTokens(pool, clock);
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("member.search", this::search).on("member.set-status", this::setStatus);
    }

    private Future<JsonObject> search(WebRequest r) {
        JsonObject in = r.input();
        Long tenant = TenantScope.forRead(r.caller(), in);
        String phone = like(in.getString("phone"));
        String name = like(in.getString("name"));
        String card = in.getString("card") == null ? null : in.getString("card").toUpperCase(Locale.ROOT);
        String status = in.getString("status");
        int page = Rows.page(in);
        int size = Rows.size(in);
        String where = " WHERE (? IS NULL OR m.tenant_id = ?) AND (? IS NULL OR m.phone LIKE ?) AND (? IS NULL OR m.display_name LIKE ?)"
                + " AND (? IS NULL OR m.status = ?) AND (? IS NULL OR " + CARD + ")";
        Tuple args = Tuple.tuple().addValue(tenant).addValue(tenant).addValue(phone).addValue(phone).addValue(name).addValue(name)
                .addValue(status).addValue(status).addValue(card).addValue(card).addValue(card);
        return pool.preparedQuery("SELECT COUNT(*) FROM members m" + where).execute(args)
                .compose(count -> pool.preparedQuery(COLUMNS + where + " ORDER BY m.id DESC LIMIT ? OFFSET ?")
                        .execute(Rows.paged(args, page, size))
                        .map(rows -> Rows.page(Rows.all(rows, Set.of()), count.iterator().next().getLong(0), page, size)));
    }

    private static String like(String value) {
        return value == null ? null : "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Future<JsonObject> setStatus(WebRequest r) {
        long tenant = TenantScope.forWrite(r.caller(), r.input());
        long member = r.input().getLong("memberId");
        JsonObject b = r.input().getJsonObject("body");
        boolean enabled = b.getBoolean("enabled");
        if (!enabled && (b.getString("reason") == null || b.getString("reason").isBlank())) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "body.reason is required to disable a member"));
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return pool.preparedQuery("UPDATE members SET status = ?, updated_at = ? WHERE id = ? AND tenant_id = ?")
                .execute(Tuple.of(enabled ? "ACTIVE" : "FROZEN", now, member, tenant))
                .compose(v -> one(tenant, member))
                .compose(m -> enabled ? Future.succeededFuture(m) : refresh.revokeAll(Caller.Kind.DRIVER, member).map(m));
    }

    private Future<JsonObject> one(long tenant, long member) {
        return pool.preparedQuery(COLUMNS + " WHERE m.id = ? AND m.tenant_id = ?").execute(Tuple.of(member, tenant))
                .compose(rows -> rows.iterator().hasNext() ? Future.succeededFuture(Rows.json(rows.iterator().next(), Set.of()))
                        : Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no member " + member)));
    }
}
