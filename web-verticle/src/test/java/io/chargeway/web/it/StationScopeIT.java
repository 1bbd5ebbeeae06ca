package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.Addresses;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;

/**
 * Data scoping of station owners and agents over real HTTP against the {@code all} role: in the
 * demo operator, "Owner Station" names an owner and an agent account; they see and act on that
 * station, its pile, its orders, alarms and fault reports and its live pile events, and on
 * nothing of the operator's other station, which the operator's admin still sees.
 */
class StationScopeIT {

    private static final String THEIR_PILE = "44010000000001";
    private static final String OTHER_PILE = "32010600019001";
    private static Vertx fakes;
    private static FakeAliyunSms sms;
    private static AllRoleStack stack;
    private static String root;
    private static String tenant;
    private static String owner;
    private static String agent;
    private static long theirStation;
    private static long otherStation;
    private static long theirOrder;
    private static long otherOrder;

    @BeforeAll
    static void start() {
        fakes = Vertx.vertx();
        sms = FakeAliyunSms.start(fakes);
        stack = AllRoleStack.start("web_scope", new JsonObject().put("sms", sms.smsConfig()));
        root = stack.rootToken();
        tenant = "tenantId=" + stack.demoTenantId();
        long ownerId = account("owner-1", "STATION_OWNER");
        long agentId = account("agent-1", "AGENT");
        owner = stack.login("owner-1", "password-owner-1").getString("accessToken");
        agent = stack.login("agent-1", "password-agent-1").getString("accessToken");
        otherStation = AllRoleStack.await(stack.pool.query("SELECT id FROM stations WHERE name = 'Demo Station'").execute()).iterator()
                .next().getLong(0);
        theirStation = ok(stack.call(POST, "/api/v1/admin/stations", root, station("Owner Station").put("tenantId", stack.demoTenantId())
                .put("ownerId", ownerId).put("agentId", agentId)), 201).getLong("id");
        ok(stack.call(POST, "/api/v1/admin/piles", root, new JsonObject().put("pileNo", THEIR_PILE).put("stationId", theirStation)
                .put("gunCount", 1)), 201);
        theirOrder = order(theirStation, THEIR_PILE, "44010000000001012611221000000001");
        otherOrder = order(otherStation, OTHER_PILE, "32010600019001012611221000000001");
    }

    @AfterAll
    static void stop() {
        stack.close();
        AllRoleStack.await(fakes.close());
    }

    private static long account(String username, String roleCode) {
        long role = ok(stack.call(GET, "/api/v1/admin/roles", root, null), 200).getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(r -> roleCode.equals(r.getString("code"))).findFirst().orElseThrow().getLong("id");
        return ok(stack.call(POST, "/api/v1/admin/users", root, new JsonObject().put("tenantId", stack.demoTenantId())
                .put("username", username).put("password", "password-" + username).put("displayName", username)
                .put("roleIds", new JsonArray().add(role))), 201).getLong("id");
    }

    private static JsonObject station(String name) {
        return new JsonObject().put("name", name).put("address", "8 Zhongshan Road, Nanjing").put("latitude", 32.04).put("longitude", 118.78);
    }

    /** A failed order of a pile, as a start that never came through leaves it. */
    private static long order(long stationId, String pileNo, String serial) {
        AllRoleStack.await(stack.pool.preparedQuery("INSERT INTO charge_orders (trade_serial, tenant_id, station_id, pile_id, pile_no,"
                + " gun_no, payer_type, trigger_type, mode, limit_value, state, hold_gift_fen, hold_cash_fen, tariff_model_no, tariff_json,"
                + " history, created_at, updated_at) SELECT ?, tenant_id, station_id, id, pile_no, 1, 'NONE', 'OFFLINE_CARD', 'FULL', 0,"
                + " 'FAILED', 0, 0, 1, '{}', JSON_ARRAY(), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3) FROM piles WHERE pile_no = ?").execute(Tuple.of(serial, pileNo)));
        return AllRoleStack.await(stack.pool.preparedQuery("SELECT id FROM charge_orders WHERE trade_serial = ?").execute(Tuple.of(serial)))
                .iterator().next().getLong(0);
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private static List<Object> ids(JsonArray items, String field) {
        return items.stream().map(o -> ((JsonObject) o).getValue(field)).map(v -> v instanceof Number n ? (Object) n.longValue() : v)
                .toList();
    }

    @Test
    void anOwnerSeesAndChangesOnlyItsStationAndCannotCreateOrReassignStations() {
        assertThat(ids(ok(stack.call(GET, "/api/v1/admin/stations", owner, null), 200).getJsonArray("items"), "id"))
                .containsExactly(theirStation);
        assertThat(ids(ok(stack.call(GET, "/api/v1/admin/stations", agent, null), 200).getJsonArray("items"), "id"))
                .containsExactly(theirStation);
        assertThat(ok(stack.call(GET, "/api/v1/admin/stations?" + tenant, root, null), 200).getLong("total")).isEqualTo(2);
        assertThat(stack.call(GET, "/api/v1/admin/stations/" + otherStation, owner, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(PUT, "/api/v1/admin/stations/" + otherStation, owner, station("hijacked")).statusCode()).isEqualTo(404);
        assertThat(stack.call(POST, "/api/v1/admin/stations", owner, station("mine too")).statusCode()).isEqualTo(403);
        ok(stack.call(PUT, "/api/v1/admin/stations/" + theirStation, owner, station("Owner Station, renamed")), 200);
        long rootId = ok(stack.call(GET, "/api/v1/admin/me", root, null), 200).getLong("id");
        assertThat(stack.call(PUT, "/api/v1/admin/stations/" + theirStation, owner, station("x").put("ownerId", rootId)).statusCode())
                .isEqualTo(403);
        HttpResponse<Buffer> foreignOwner = stack.call(POST, "/api/v1/admin/stations", root, station("y").put("tenantId",
                stack.demoTenantId()).put("ownerId", rootId));
        assertThat(foreignOwner.statusCode()).isEqualTo(400);
        assertThat(foreignOwner.bodyAsJsonObject().getString("message")).contains("ownerId");
    }

    @Test
    void anOwnerReachesOnlyThePilesOfItsStation() {
        assertThat(ids(ok(stack.call(GET, "/api/v1/admin/piles", owner, null), 200).getJsonArray("items"), "pileNo"))
                .containsExactly(THEIR_PILE);
        assertThat(stack.call(GET, "/api/v1/admin/piles/" + OTHER_PILE, owner, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(GET, "/api/v1/admin/piles/" + OTHER_PILE + "/live", owner, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(POST, "/api/v1/admin/piles/" + OTHER_PILE + "/commands", owner, new JsonObject().put("type", "command.reboot")
                .put("whenIdle", true)).statusCode()).isEqualTo(404);
        assertThat(stack.call(GET, "/api/v1/admin/piles/" + THEIR_PILE + "/live", owner, null).statusCode()).isEqualTo(200);
        assertThat(stack.call(GET, "/api/v1/admin/stations/" + otherStation + "/tariff-schedules", owner, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(POST, "/api/v1/admin/stations/" + otherStation + "/tariff-schedules", owner, new JsonObject().put("tariffId", 1))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anOwnerSearchesReadsAndExportsOnlyTheOrdersOfItsStation() {
        assertThat(ids(ok(stack.call(GET, "/api/v1/admin/orders", owner, null), 200).getJsonArray("orders"), "orderId"))
                .containsExactly(theirOrder);
        assertThat(ok(stack.call(GET, "/api/v1/admin/orders?stationId=" + otherStation, owner, null), 200).getJsonArray("orders")).isEmpty();
        assertThat(ids(ok(stack.call(GET, "/api/v1/admin/orders?" + tenant, root, null), 200).getJsonArray("orders"), "orderId"))
                .contains(theirOrder, otherOrder);
        assertThat(stack.call(GET, "/api/v1/admin/orders/" + otherOrder, owner, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(POST, "/api/v1/admin/orders/" + otherOrder + "/stop", owner, null).statusCode()).isEqualTo(404);
        assertThat(ok(stack.call(GET, "/api/v1/admin/orders/" + theirOrder, owner, null), 200).getJsonObject("order").getString("pileNo"))
                .isEqualTo(THEIR_PILE);
        String csv = stack.call(GET, "/api/v1/admin/orders/export.csv", owner, null).bodyAsString();
        assertThat(csv).contains(THEIR_PILE).doesNotContain(OTHER_PILE);
        HttpResponse<Buffer> start = stack.call(POST, "/api/v1/admin/orders", owner, new JsonObject().put("memberId", 1)
                .put("pileNo", OTHER_PILE).put("gunNo", 1));
        assertThat(start.statusCode()).isEqualTo(404);
    }

    @Test
    void anOwnerSeesOnlyTheAlarmsAndFaultReportsOfItsStation() {
        long theirAlarm = AlarmsIT.raiseFault(stack, THEIR_PILE, 1, "INSULATION");
        long otherAlarm = AlarmsIT.raiseFault(stack, OTHER_PILE, 2, "INSULATION");
        assertThat(ids(ok(stack.call(GET, "/api/v1/admin/alarms", owner, null), 200).getJsonArray("items"), "id"))
                .containsExactly(theirAlarm);
        assertThat(stack.call(GET, "/api/v1/admin/alarms/" + otherAlarm, owner, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(PUT, "/api/v1/admin/alarms/" + otherAlarm + "/acknowledgement", owner, new JsonObject()).statusCode())
                .isEqualTo(404);
        ok(stack.call(PUT, "/api/v1/admin/alarms/" + theirAlarm + "/acknowledgement", owner, new JsonObject()), 200);

        String driver = DriverApiIT.smsLogin(stack, sms, "13400000001").getString("accessToken");
        long theirReport = ok(stack.call(POST, "/api/v1/fault-reports", driver, new JsonObject().put("stationId", theirStation)
                .put("category", "NO_POWER").put("description", "dark")), 201).getLong("id");
        long otherReport = ok(stack.call(POST, "/api/v1/fault-reports", driver, new JsonObject().put("stationId", otherStation)
                .put("category", "NO_POWER").put("description", "dark")), 201).getLong("id");
        assertThat(ids(ok(stack.call(GET, "/api/v1/admin/fault-reports", owner, null), 200).getJsonArray("items"), "id"))
                .containsExactly(theirReport);
        assertThat(stack.call(GET, "/api/v1/admin/fault-reports/" + otherReport, owner, null).statusCode()).isEqualTo(404);
        assertThat(stack.call(POST, "/api/v1/admin/fault-reports/" + otherReport + "/close", owner, new JsonObject()
                .put("resolution", "x")).statusCode()).isEqualTo(404);
    }

    @Test
    void anOwnersLiveSocketGetsOnlyItsPilesEvents() throws Exception {
        LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = stack.live("/api/v1/live/admin", owner, messages);
        assertThat(messages.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("hello");
        AllRoleStack.sleep(300);
        for (String pile : List.of(OTHER_PILE, THEIR_PILE)) {
            stack.vertx.eventBus().publish(Addresses.FEED_PILE_EVENTS, new JsonObject().put("type", "pile.gun-status").put("version", 1)
                    .put("pileNo", pile).put("tenantId", stack.demoTenantId()).put("gun", 1).put("status", "IDLE").put("plugged", false)
                    .put("at", "2026-11-22T08:00:00Z"));
        }
        assertThat(messages.poll(10, TimeUnit.SECONDS).getString("pileNo")).isEqualTo(THEIR_PILE);
        assertThat(messages.poll(300, TimeUnit.MILLISECONDS)).isNull();
        socket.close();
    }
}
