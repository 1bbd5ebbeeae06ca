package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.BindCredential;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.pile.StartAuthorization;
import io.chargeway.contract.pile.StartAuthorizationRequest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;

/**
 * Members for admins over real HTTP against the {@code all} role: search by phone, name, card and
 * status with balances; a disabled member cannot log in, refresh, start in the app (refused before
 * any pile is asked, with a clear error) or start at the pile with its card (0x32 refusal 0x02), and
 * moves no money; enabled again, only the pile's state decides.
 */
class MemberAdminIT {

    private static final String CARD = "0A1B2C3D4E5F6071";
    private static Vertx fakes;
    private static FakeAliyunSms sms;
    private static AllRoleStack stack;
    private static String root;
    private static String tenant;

    @BeforeAll
    static void start() {
        fakes = Vertx.vertx();
        sms = FakeAliyunSms.start(fakes);
        stack = AllRoleStack.start("web_members", new JsonObject().put("sms", sms.smsConfig()));
        root = stack.rootToken();
        tenant = "tenantId=" + stack.demoTenantId();
    }

    @AfterAll
    static void stop() {
        stack.close();
        AllRoleStack.await(fakes.close());
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private static JsonArray search(String query) {
        return ok(stack.call(GET, "/api/v1/admin/members?" + tenant + query, root, null), 200).getJsonArray("items");
    }

    @Test
    void membersAreFoundByPhoneNameCardAndStatusWithTheirBalances() {
        long member = DriverApiIT.smsLogin(stack, sms, "13300000001").getJsonObject("account").getLong("userId");
        AllRoleStack.await(stack.vertx.eventBus().request(OrderAddresses.MEMBERS_BIND, BusJson.toJson(new BindCredential(
                stack.demoTenantId(), member, "CARD", CARD, "1000000000000001", null))));
        ok(stack.call(POST, "/api/v1/admin/members/" + member + "/balance-adjustments?" + tenant, root, new JsonObject()
                .put("amountFen", 1234).put("reason", "welcome").put("requestId", "member-it-1")), 200);

        JsonObject byPhone = search("&phone=1330000000").getJsonObject(0);
        assertThat(byPhone.getLong("id")).isEqualTo(member);
        assertThat(byPhone.getLong("cashFen")).isEqualTo(1234);
        assertThat(search("&card=" + CARD.toLowerCase()).getJsonObject(0).getLong("id")).isEqualTo(member);
        assertThat(search("&card=1000000000000001").getJsonObject(0).getLong("id")).isEqualTo(member);
        assertThat(search("&phone=1330000000&status=FROZEN")).isEmpty();
        assertThat(stack.call(GET, "/api/v1/admin/members?" + tenant + "&phone=%25", root, null).statusCode()).isEqualTo(400);
        assertThat(stack.call(GET, "/api/v1/admin/members?" + tenant + "&status=GONE", root, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aDisabledMemberCannotLogInRefreshOrStartAnywhereUntilEnabledAgain() {
        JsonObject tokens = DriverApiIT.smsLogin(stack, sms, "13300000002");
        long member = tokens.getJsonObject("account").getLong("userId");
        String driver = tokens.getString("accessToken");
        AllRoleStack.await(stack.vertx.eventBus().request(OrderAddresses.MEMBERS_BIND, BusJson.toJson(new BindCredential(
                stack.demoTenantId(), member, "CARD", "0A1B2C3D4E5F6072", "1000000000000002", null))));
        ok(stack.call(POST, "/api/v1/admin/members/" + member + "/balance-adjustments?" + tenant, root, new JsonObject()
                .put("amountFen", 10_000).put("reason", "top-up").put("requestId", "member-it-2")), 200);
        String status = "/api/v1/admin/members/" + member + "/status?" + tenant;
        assertThat(stack.call(PUT, status, root, new JsonObject().put("enabled", false)).statusCode()).isEqualTo(400);
        assertThat(ok(stack.call(PUT, status, root, new JsonObject().put("enabled", false).put("reason", "chargeback")), 200)
                .getString("status")).isEqualTo("FROZEN");
        JsonObject walletBefore = ok(stack.call(GET, "/api/v1/wallet", driver, null), 200);

        HttpResponse<Buffer> start = stack.call(POST, "/api/v1/orders", driver, new JsonObject().put("pileNo", "32010600019001")
                .put("gunNo", 1));
        assertThat(start.statusCode()).as(start.bodyAsString()).isEqualTo(403);
        assertThat(start.bodyAsJsonObject().getString("message")).contains("disabled");
        StartAuthorization atPile = BusJson.fromJson(AllRoleStack.await(stack.vertx.eventBus().<JsonObject>request(
                Addresses.CORE_PILE_AUTHORIZE, BusJson.toJson(new StartAuthorizationRequest("32010600019001", 1, "CARD",
                        "0A1B2C3D4E5F6072", "", "", null, false)))).body(), StartAuthorization.class);
        assertThat(atPile.authorized()).isFalse();
        assertThat(atPile.failureCode()).isEqualTo(0x02);
        assertThat(ok(stack.call(GET, "/api/v1/wallet", driver, null), 200)).isEqualTo(walletBefore);

        assertThat(stack.call(POST, "/api/v1/auth/refresh", null, new JsonObject().put("refreshToken", tokens.getString("refreshToken")))
                .statusCode()).isEqualTo(401);
        long tenantId = stack.demoTenantId();
        // a minute passes: the phone may have a new code
        AllRoleStack.await(RedisAPI.api(Redis.createClient(stack.vertx, stack.config.getJsonObject("redis").getString("connectionString")))
                .del(List.of("cw:sms:minute:13300000002")));
        assertThat(stack.call(POST, "/api/v1/auth/driver/sms-codes", null, new JsonObject().put("tenantId", tenantId)
                .put("phone", "13300000002")).statusCode()).isEqualTo(202);
        HttpResponse<Buffer> login = stack.call(POST, "/api/v1/auth/driver/sms-login", null, new JsonObject().put("tenantId", tenantId)
                .put("phone", "13300000002").put("code", sms.lastCode("13300000002")));
        assertThat(login.statusCode()).isEqualTo(403);

        assertThat(ok(stack.call(PUT, status, root, new JsonObject().put("enabled", true)), 200).getString("status")).isEqualTo("ACTIVE");
        HttpResponse<Buffer> again = stack.call(POST, "/api/v1/orders", driver, new JsonObject().put("pileNo", "32010600019001")
                .put("gunNo", 1));
        assertThat(again.bodyAsJsonObject().getString("code")).as("now only the offline pile stops it").isEqualTo("PILE_OFFLINE");
    }
}
