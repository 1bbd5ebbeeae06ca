package io.chargeway.core.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.MemberQuery;
import io.chargeway.contract.order.MemberView;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.RegisterMember;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * Driver logins: {@code identity.sms-issue} (a code for a phone), {@code identity.sms-login}
 * (phone and code; the member is registered on first login through the orders feature) and
 * {@code identity.wechat-login} (a mini-program openid bound to a member; an unbound openid needs
 * a phone and code once, then stays bound). Members of disabled operators and frozen members are
 * refused. Answers the account and a refresh token; the web signs the access token.
 */
public final class DriverLogin {

    private final Pool pool;
    private final EventBus bus;
    private final SmsCodes codes;
    private final RefreshTokens refresh;
    private final Clock clock;

    /** Driver logins over {@code pool}, members through the orders feature on {@code bus}. */
    public DriverLogin(Pool pool, EventBus bus, SmsCodes codes, RefreshTokens refresh, Clock clock) {
        this.pool = pool;
        this.bus = bus;
        this.codes = codes;
        this.refresh = refresh;
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("identity.sms-issue", this::issue).on("identity.sms-login", this::smsLogin)
                .on("identity.wechat-login", this::wechatLogin);
    }

    private Future<JsonObject> issue(WebRequest r) {
        long tenant = r.input().getLong("tenantId");
        return activeTenant(tenant).compose(v -> codes.issue(tenant, r.input().getString("phone")))
                .map(code -> new JsonObject().put("code", code).put("ttlSeconds", SmsCodes.TTL_SECONDS));
    }

    private Future<JsonObject> smsLogin(WebRequest r) {
        JsonObject in = r.input();
        long tenant = in.getLong("tenantId");
        return activeTenant(tenant)
                .compose(v -> codes.verify(tenant, in.getString("phone"), in.getString("code")))
                .compose(v -> registered(tenant, in.getString("phone")))
                .compose(member -> session(member, ttl(in)));
    }

    private Future<JsonObject> wechatLogin(WebRequest r) {
        JsonObject in = r.input();
        long tenant = in.getLong("tenantId");
        return activeTenant(tenant).compose(v -> pool.preparedQuery("SELECT member_id FROM member_identities WHERE tenant_id = ? "
                        + "AND provider = 'WECHAT' AND external_id = ?").execute(Tuple.of(tenant, in.getString("openId"))))
                .compose(rows -> {
                    if (rows.iterator().hasNext()) {
                        return member(tenant, rows.iterator().next().getLong(0));
                    }
                    if (in.getString("phone") == null || in.getString("smsCode") == null) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND,
                                "this WeChat account is not bound yet: log in once with phone and smsCode"));
                    }
                    return codes.verify(tenant, in.getString("phone"), in.getString("smsCode"))
                            .compose(v -> registered(tenant, in.getString("phone")))
                            .compose(member -> bind(member, in).map(member));
                })
                .compose(member -> session(member, ttl(in)));
    }

    private Future<Void> bind(MemberView member, JsonObject in) {
        return pool.preparedQuery("INSERT IGNORE INTO member_identities (tenant_id, member_id, provider, external_id, union_id, "
                        + "created_at) VALUES (?, ?, 'WECHAT', ?, ?, ?)")
                .execute(Tuple.of(member.tenantId(), member.memberId(), in.getString("openId"), in.getString("unionId"),
                        LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .mapEmpty();
    }

    private Future<MemberView> registered(long tenant, String phone) {
        return bus.<JsonObject>request(OrderAddresses.MEMBERS_REGISTER, BusJson.toJson(new RegisterMember(tenant, phone, "")))
                .map(m -> BusJson.fromJson(m.body(), MemberView.class));
    }

    private Future<MemberView> member(long tenant, long memberId) {
        return bus.<JsonObject>request(OrderAddresses.MEMBERS_GET, BusJson.toJson(new MemberQuery(tenant, memberId)))
                .map(m -> BusJson.fromJson(m.body(), MemberView.class));
    }

    private Future<JsonObject> session(MemberView member, Duration ttl) {
        if (!"ACTIVE".equals(member.status())) {
            return Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "this member account is frozen"));
        }
        return refresh.issue(new RefreshTokens.Subject(Caller.Kind.DRIVER, member.memberId(), member.tenantId()), ttl)
                .map(token -> account(member).put("refreshToken", token));
    }

    /**
     * The current account answer of a driver (for refresh).
     *
     * @return the account; fails with {@code FORBIDDEN} for a frozen member or a disabled operator
     */
    public Future<JsonObject> account(RefreshTokens.Subject subject) {
        return activeTenant(subject.tenantId()).compose(v -> member(subject.tenantId(), subject.id())).compose(m ->
                "ACTIVE".equals(m.status()) ? Future.succeededFuture(account(m))
                        : Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "this member account is frozen")));
    }

    private static JsonObject account(MemberView m) {
        return new JsonObject().put("kind", Caller.Kind.DRIVER.name()).put("userId", m.memberId()).put("tenantId", m.tenantId())
                .put("phone", m.phone()).put("displayName", m.displayName()).put("permissions", new JsonArray());
    }

    private Future<Void> activeTenant(long tenantId) {
        return pool.preparedQuery("SELECT status FROM tenants WHERE id = ?").execute(Tuple.of(tenantId)).compose(rows ->
                rows.iterator().hasNext() && "ACTIVE".equals(rows.iterator().next().getString(0)) ? Future.<Void>succeededFuture()
                        : Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no active operator " + tenantId)));
    }

    private static Duration ttl(JsonObject in) {
        return Duration.ofSeconds(in.getLong("refreshTtlSeconds", 2_592_000L));
    }
}
