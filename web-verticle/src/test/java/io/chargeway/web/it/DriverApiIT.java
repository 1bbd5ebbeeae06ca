package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

/**
 * The driver API over real HTTP against the {@code all} role, without piles: SMS login over the
 * Aliyun wire format (a local fake provider), profile, wallet and an operator's adjustment,
 * refresh, starts refused without changing money, and the live WebSocket's greeting.
 */
class DriverApiIT {

    private static Vertx fakes;
    private static FakeAliyunSms sms;
    private static AllRoleStack stack;

    @BeforeAll
    static void start() {
        fakes = Vertx.vertx();
        sms = FakeAliyunSms.start(fakes);
        stack = AllRoleStack.start("web_driver", new JsonObject().put("sms", sms.smsConfig()));
    }

    @AfterAll
    static void stop() {
        stack.close();
        AllRoleStack.await(fakes.close());
    }

    /** Logs a driver of the demo tenant in by SMS; answers the token response. */
    static JsonObject smsLogin(AllRoleStack stack, FakeAliyunSms sms, String phone) {
        long tenant = stack.demoTenantId();
        HttpResponse<Buffer> sent = stack.call(POST, "/api/v1/auth/driver/sms-codes", null,
                new JsonObject().put("tenantId", tenant).put("phone", phone));
        assertThat(sent.statusCode()).as(sent.bodyAsString()).isEqualTo(202);
        HttpResponse<Buffer> login = stack.call(POST, "/api/v1/auth/driver/sms-login", null,
                new JsonObject().put("tenantId", tenant).put("phone", phone).put("code", sms.lastCode(phone)));
        assertThat(login.statusCode()).as(login.bodyAsString()).isEqualTo(200);
        return login.bodyAsJsonObject();
    }

    @Test
    void aDriverLogsInBySmsAndSeesOnlyHisProfileAndWallet() {
        JsonObject tokens = smsLogin(stack, sms, "13900000001");
        String token = tokens.getString("accessToken");
        assertThat(tokens.getJsonObject("account").getString("kind")).isEqualTo("DRIVER");
        JsonObject me = stack.call(GET, "/api/v1/me", token, null).bodyAsJsonObject();
        assertThat(me.getString("phone")).isEqualTo("13900000001");
        JsonObject wallet = stack.call(GET, "/api/v1/wallet", token, null).bodyAsJsonObject();
        assertThat(wallet.getLong("memberId")).isEqualTo(me.getLong("memberId"));
        assertThat(wallet.getLong("availableFen")).isZero();
    }

    @Test
    void anOperatorAdjustmentShowsInTheDriversWalletAndLedger() {
        JsonObject tokens = smsLogin(stack, sms, "13900000002");
        long memberId = tokens.getJsonObject("account").getLong("userId");
        HttpResponse<Buffer> adjusted = stack.call(POST, "/api/v1/admin/members/" + memberId + "/balance-adjustments?tenantId="
                + stack.demoTenantId(), stack.rootToken(), new JsonObject().put("amountFen", 5000).put("reason", "welcome")
                .put("requestId", "it-adjust-1"));
        assertThat(adjusted.statusCode()).as(adjusted.bodyAsString()).isEqualTo(200);
        String token = tokens.getString("accessToken");
        assertThat(stack.call(GET, "/api/v1/wallet", token, null).bodyAsJsonObject().getLong("cashFen")).isEqualTo(5000);
        JsonObject entries = stack.call(GET, "/api/v1/wallet/entries", token, null).bodyAsJsonObject();
        assertThat(entries.getJsonArray("entries")).isNotEmpty();
    }

    @Test
    void wrongCodesAndSecondCodesWithinAMinuteAreRefused() {
        long tenant = stack.demoTenantId();
        JsonObject request = new JsonObject().put("tenantId", tenant).put("phone", "13900000003");
        assertThat(stack.call(POST, "/api/v1/auth/driver/sms-codes", null, request).statusCode()).isEqualTo(202);
        assertThat(stack.call(POST, "/api/v1/auth/driver/sms-codes", null, request).statusCode()).isEqualTo(429);
        String wrong = "000000".equals(sms.lastCode("13900000003")) ? "111111" : "000000";
        assertThat(stack.call(POST, "/api/v1/auth/driver/sms-login", null, request.copy().put("code", wrong)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aDriverRefreshesHisTokensAndStaysADriver() {
        JsonObject tokens = smsLogin(stack, sms, "13900000004");
        HttpResponse<Buffer> r = stack.call(POST, "/api/v1/auth/refresh", null,
                new JsonObject().put("refreshToken", tokens.getString("refreshToken")));
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
        assertThat(stack.call(GET, "/api/v1/me", r.bodyAsJsonObject().getString("accessToken"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void startingAtAnOfflinePileIsRefusedAndMovesNoMoney() {
        JsonObject tokens = smsLogin(stack, sms, "13900000005");
        String token = tokens.getString("accessToken");
        JsonObject before = stack.call(GET, "/api/v1/wallet", token, null).bodyAsJsonObject();
        HttpResponse<Buffer> r = stack.call(POST, "/api/v1/orders", token, new JsonObject().put("qrCode", "3201060001900101"));
        assertThat(r.statusCode()).isIn(402, 409);
        assertThat(stack.call(GET, "/api/v1/wallet", token, null).bodyAsJsonObject()).isEqualTo(before);
        assertThat(stack.call(GET, "/api/v1/orders/current", token, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theLiveSocketGreetsAndSendsASnapshot() throws Exception {
        String token = smsLogin(stack, sms, "13900000006").getString("accessToken");
        LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = stack.live("/api/v1/live/driver?access_token=" + token, null, messages);
        JsonObject hello = messages.poll(10, TimeUnit.SECONDS);
        JsonObject snapshot = messages.poll(10, TimeUnit.SECONDS);
        assertThat(hello.getString("type")).isEqualTo("hello");
        assertThat(snapshot.getString("type")).isEqualTo("snapshot");
        assertThat(snapshot.getJsonArray("orders")).isEmpty();
        socket.close();
    }
}
