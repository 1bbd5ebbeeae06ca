package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.edge.EdgeVerticle;
import io.chargeway.sim.Backoff;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.PileTarget;
import io.chargeway.sim.SimulatedPile;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

/**
 * A driver's whole journey over real HTTP and a real WebSocket against the {@code all} role with
 * an edge node and a simulated pile: SMS login, find the station, start by QR code, watch the
 * progress live, stop, get the bill pushed, and see the settled order and the debited wallet.
 */
class ChargingJourneyIT {

    private static final String PILE = "32010600019001";
    private static Vertx fakes;
    private static FakeAliyunSms sms;
    private static AllRoleStack stack;
    private static SimulatedPile pile;

    @BeforeAll
    static void start() throws Exception {
        fakes = Vertx.vertx();
        sms = FakeAliyunSms.start(fakes);
        stack = AllRoleStack.start("web_journey", new JsonObject().put("sms", sms.smsConfig()));
        EdgeVerticle edge = new EdgeVerticle();
        JsonObject edgeConfig = new JsonObject().put("redis", stack.config.getJsonObject("redis")).put("edge", new JsonObject()
                .put("nodeId", "edge-web-it").put("host", "127.0.0.1").put("port", 0)
                .put("http", new JsonObject().put("host", "127.0.0.1").put("port", 0)));
        stack.vertx.deployVerticle(edge, new DeploymentOptions().setConfig(edgeConfig)).await(30, TimeUnit.SECONDS);
        pile = SimulatedPile.create(stack.vertx, PileTarget.of("127.0.0.1", edge.pilePort()), PileIdentity.dc(PILE, 2),
                PileSettings.builder().heartbeatInterval(Duration.ofSeconds(1)).liveChargingInterval(Duration.ofMillis(300))
                        .backoff(new Backoff(200, 1000, 0)).build());
        pile.start();
        pile.awaitLoggedIn().await(20, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws Exception {
        pile.stop().await(10, TimeUnit.SECONDS);
        stack.close();
        AllRoleStack.await(fakes.close());
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private static JsonObject next(LinkedBlockingQueue<JsonObject> messages, String type) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject m = messages.poll(1, TimeUnit.SECONDS);
            if (m != null && type.equals(m.getString("type"))) {
                return m;
            }
        }
        throw new AssertionError("no " + type + " message within 60 s");
    }

    @Test
    void aDriverChargesByQrCodeWatchesProgressStopsAndPaysFromHisWallet() throws Exception {
        JsonObject tokens = DriverApiIT.smsLogin(stack, sms, "13600000001");
        String driver = tokens.getString("accessToken");
        long member = tokens.getJsonObject("account").getLong("userId");
        ok(stack.call(POST, "/api/v1/admin/members/" + member + "/balance-adjustments?tenantId=" + stack.demoTenantId(),
                stack.rootToken(), new JsonObject().put("amountFen", 10_000).put("reason", "journey").put("requestId", "journey-1")), 200);

        JsonArray nearby = ok(stack.call(GET, "/api/v1/stations/nearby?latitude=32.0603&longitude=118.7969&freeOnly=true", driver, null),
                200).getJsonArray("items");
        assertThat(nearby).isNotEmpty();
        assertThat(nearby.getJsonObject(0).getInteger("freeGuns")).isPositive();

        LinkedBlockingQueue<JsonObject> live = new LinkedBlockingQueue<>();
        WebSocket socket = stack.live("/api/v1/live/driver?access_token=" + driver, null, live);
        next(live, "snapshot");

        JsonObject started = ok(stack.call(POST, "/api/v1/orders", driver, new JsonObject().put("qrCode", PILE + "01")), 201);
        long orderId = started.getLong("orderId");
        assertThat(started.getString("state")).isIn("CHARGING", "STARTING");

        JsonObject progress = next(live, "order.progress");
        assertThat(progress.getLong("orderId")).isEqualTo(orderId);
        JsonObject current = ok(stack.call(GET, "/api/v1/orders/current", driver, null), 200);
        assertThat(current.getJsonObject("order").getLong("orderId")).isEqualTo(orderId);
        AllRoleStack.sleep(1500);

        ok(stack.call(POST, "/api/v1/orders/" + orderId + "/stop", driver, null), 200);
        JsonObject finished = next(live, "order.finished");
        JsonObject bill = finished.getJsonObject("bill").getJsonObject("order");
        assertThat(bill.getString("state")).isEqualTo("SETTLED");
        long amount = bill.getLong("amountFen");
        assertThat(bill.getLong("energyDeciWh")).isPositive();

        JsonObject detail = ok(stack.call(GET, "/api/v1/orders/" + orderId, driver, null), 200);
        JsonObject settled = detail.getJsonObject("order");
        assertThat(settled.getString("state")).isEqualTo("SETTLED");
        assertPeriodsAddUp(detail);
        assertPeriodsAddUp(ok(stack.call(GET, "/api/v1/admin/orders/" + orderId + "?tenantId=" + stack.demoTenantId(),
                stack.rootToken(), null), 200));
        JsonObject wallet = ok(stack.call(GET, "/api/v1/wallet", driver, null), 200);
        assertThat(wallet.getLong("cashFen") + wallet.getLong("giftFen", 0L)).isEqualTo(10_000 - amount);
        assertThat(wallet.getLong("heldFen")).isZero();
        socket.close();
    }

    /** The TOU periods of a settled order's detail add up to its energy and its electricity and service fees. */
    private static void assertPeriodsAddUp(JsonObject detail) {
        JsonObject order = detail.getJsonObject("order");
        JsonArray periods = detail.getJsonArray("periods");
        assertThat(periods).hasSize(4);
        assertThat(periods.stream().map(p -> ((JsonObject) p).getString("period"))).containsExactly("SHARP", "PEAK", "FLAT", "VALLEY");
        assertThat(periods.stream().mapToLong(p -> ((JsonObject) p).getLong("energyDeciWh")).sum()).isEqualTo(order.getLong("energyDeciWh"));
        assertThat(periods.stream().mapToLong(p -> ((JsonObject) p).getLong("electricityFen")).sum())
                .isEqualTo(order.getLong("electricityFen"));
        assertThat(periods.stream().mapToLong(p -> ((JsonObject) p).getLong("serviceFen")).sum()).isEqualTo(order.getLong("serviceFen"));
        assertThat(periods.stream().mapToLong(p -> ((JsonObject) p).getLong("amountFen")).sum()).isEqualTo(order.getLong("amountFen"));
    }

    @Test
    void anOperatorStartsASessionForAMemberFromTheConsoleAndStopsIt() throws Exception {
        JsonObject tokens = DriverApiIT.smsLogin(stack, sms, "13600000002");
        long member = tokens.getJsonObject("account").getLong("userId");
        String root = stack.rootToken();
        String tenant = "?tenantId=" + stack.demoTenantId();
        ok(stack.call(POST, "/api/v1/admin/members/" + member + "/balance-adjustments" + tenant, root, new JsonObject()
                .put("amountFen", 5_000).put("reason", "operator start").put("requestId", "journey-2")), 200);
        LinkedBlockingQueue<JsonObject> live = new LinkedBlockingQueue<>();
        WebSocket socket = stack.live("/api/v1/live/driver?access_token=" + tokens.getString("accessToken"), null, live);
        next(live, "snapshot");

        JsonObject started = ok(stack.call(POST, "/api/v1/admin/orders" + tenant, root, new JsonObject().put("memberId", member)
                .put("pileNo", PILE).put("gunNo", 2).put("mode", "AMOUNT").put("amountLimitFen", 2_000)), 201);
        assertThat(started.getLong("memberId")).isEqualTo(member);
        assertThat(started.getString("state")).isIn("CHARGING", "STARTING");
        assertThat(next(live, "order.progress").getLong("orderId")).isEqualTo(started.getLong("orderId"));

        ok(stack.call(POST, "/api/v1/admin/orders/" + started.getLong("orderId") + "/stop" + tenant, root, null), 200);
        JsonObject bill = next(live, "order.finished").getJsonObject("bill").getJsonObject("order");
        assertThat(bill.getString("state")).isEqualTo("SETTLED");
        JsonArray audit = ok(stack.call(GET, "/api/v1/admin/audit-log?operation=startOrderAsOperator", root, null), 200)
                .getJsonArray("items");
        assertThat(audit).hasSize(1);
        assertThat(audit.getJsonObject(0).getInteger("status")).isEqualTo(201);
        socket.close();
    }
}
