package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;

/**
 * Tenant isolation, proven route by route: every operation of the OpenAPI document is called
 * with a token of tenant A (its tenant admin, or one of its drivers) aimed at tenant B's
 * resources (B's ids in the path, {@code tenantId=B} in the query and body). Nothing of B may be
 * read (no answer names tenant B, no path to B's rows succeeds) and nothing of B may change (B's
 * rows are fingerprinted before and after). Drivers of A see only their own orders and wallet.
 */
class TenantIsolationSweepIT {

    private static final Set<String> NOT_SWEPT = Set.of("adminLogin", "refreshTokens", "logout", "requestSmsCode", "driverSmsLogin",
            "driverWechatLogin", "driverLiveUpdates", "adminLiveUpdates");
    private static final Pattern TENANT_FIELD = Pattern.compile("\"tenantId\"\\s*:\\s*(\\d+)");

    private static Vertx fakes;
    private static FakeAliyunSms sms;
    private static AllRoleStack stack;
    private static long tenantA;
    private static long tenantB;
    private static String adminA;
    private static String driverA;
    private static Map<String, String> pathValues;

    @BeforeAll
    static void start() {
        fakes = Vertx.vertx();
        sms = FakeAliyunSms.start(fakes);
        stack = AllRoleStack.start("web_sweep", new JsonObject().put("sms", sms.smsConfig()));
        String root = stack.rootToken();
        tenantB = stack.demoTenantId();
        tenantA = stack.call(POST, "/api/v1/admin/tenants", root, new JsonObject().put("name", "Tenant A")).bodyAsJsonObject().getLong("id");
        long tenantAdminRole = role(root, "TENANT_ADMIN");
        adminA = adminOf(root, tenantA, "sweep-a", tenantAdminRole);
        String adminB = adminOf(root, tenantB, "sweep-b", tenantAdminRole);
        long userB = stack.call(GET, "/api/v1/admin/me", adminB, null).bodyAsJsonObject().getLong("id");
        long roleB = stack.call(POST, "/api/v1/admin/roles", adminB, new JsonObject().put("name", "B viewers")
                .put("permissions", new JsonArray().add("station:read"))).bodyAsJsonObject().getLong("id");
        long memberB = login(tenantB, "13700000002").getJsonObject("account").getLong("userId");
        driverA = login(tenantA, "13700000001").getString("accessToken");
        long stationB = AllRoleStack.await(stack.pool.query("SELECT id FROM stations WHERE tenant_id = " + tenantB).execute())
                .iterator().next().getLong(0);
        long tariffB = AllRoleStack.await(stack.pool.query("SELECT id FROM tariffs WHERE tenant_id = " + tenantB).execute())
                .iterator().next().getLong(0);
        String driverB = login(tenantB, "13700000003").getString("accessToken");
        JsonObject reportB = stack.call(POST, "/api/v1/fault-reports", driverB, new JsonObject().put("stationId", stationB)
                .put("category", "DAMAGED").put("description", "cable cut")).bodyAsJsonObject();
        long photoB = stack.upload("/api/v1/fault-reports/" + reportB.getLong("id") + "/photos", driverB, FaultReportsIT.png(300))
                .bodyAsJsonObject().getLong("id");
        long alarmB = AlarmsIT.raiseFault(stack, "32010600019001", 1, "EMERGENCY_STOP");
        Map<String, String> values = new HashMap<>(Map.of("tenantId", String.valueOf(tenantB), "stationId", String.valueOf(stationB),
                "pileNo", "32010600019001", "gunNo", "1", "userId", String.valueOf(userB), "roleId", String.valueOf(roleB),
                "memberId", String.valueOf(memberB), "orderId", "1", "tariffId", String.valueOf(tariffB)));
        values.putAll(Map.of("reportId", String.valueOf(reportB.getLong("id")), "photoId", String.valueOf(photoB),
                "alarmId", String.valueOf(alarmB)));
        pathValues = Map.copyOf(values);
    }

    @AfterAll
    static void stop() {
        stack.close();
        AllRoleStack.await(fakes.close());
    }

    private static long role(String token, String code) {
        return stack.call(GET, "/api/v1/admin/roles", token, null).bodyAsJsonObject().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(r -> code.equals(r.getString("code"))).findFirst().orElseThrow().getLong("id");
    }

    private static String adminOf(String root, long tenant, String username, long roleId) {
        stack.call(POST, "/api/v1/admin/users", root, new JsonObject().put("tenantId", tenant).put("username", username)
                .put("password", "password-" + username).put("displayName", username).put("roleIds", new JsonArray().add(roleId)));
        return stack.login(username, "password-" + username).getString("accessToken");
    }

    private static JsonObject login(long tenant, String phone) {
        stack.call(POST, "/api/v1/auth/driver/sms-codes", null, new JsonObject().put("tenantId", tenant).put("phone", phone));
        return stack.call(POST, "/api/v1/auth/driver/sms-login", null, new JsonObject().put("tenantId", tenant).put("phone", phone)
                .put("code", sms.lastCode(phone))).bodyAsJsonObject();
    }

    /** A valid body for each operation that takes one, aimed at tenant B wherever a tenant can be named. */
    private static JsonObject body(String operationId) {
        JsonObject station = new JsonObject().put("tenantId", tenantB).put("name", "intruder").put("address", "x").put("latitude", 32.0)
                .put("longitude", 118.0);
        Map<String, JsonObject> bodies = new HashMap<>();
        bodies.put("changeOwnPassword", new JsonObject().put("oldPassword", "wrong-password").put("newPassword", "new-password-123"));
        bodies.put("createAdminUser", new JsonObject().put("tenantId", tenantB).put("username", "intruder-" + operationId.length())
                .put("password", "password-intruder").put("displayName", "x").put("roleIds", new JsonArray().add(pathLong("roleId"))));
        bodies.put("updateAdminUser", new JsonObject().put("displayName", "hijacked").put("enabled", false));
        bodies.put("resetAdminPassword", new JsonObject().put("password", "hijacked-password"));
        bodies.put("createRole", new JsonObject().put("tenantId", tenantB).put("name", "intruders").put("permissions", new JsonArray()));
        bodies.put("updateRole", new JsonObject().put("name", "hijacked").put("permissions", new JsonArray()));
        bodies.put("createTenant", new JsonObject().put("name", "nope"));
        bodies.put("updateTenant", new JsonObject().put("name", "hijacked"));
        bodies.put("setTenantStatus", new JsonObject().put("enabled", false));
        bodies.put("createStation", station);
        bodies.put("updateStation", station.copy().put("name", "hijacked"));
        bodies.put("setStationStatus", new JsonObject().put("enabled", false));
        bodies.put("createPile", new JsonObject().put("pileNo", "99999999999999").put("stationId", pathLong("stationId")).put("gunCount", 1));
        bodies.put("updatePile", new JsonObject().put("ratedPowerKw", 1));
        bodies.put("setPileStatus", new JsonObject().put("enabled", false));
        bodies.put("updateGun", new JsonObject().put("maxPowerW", 1000));
        bodies.put("startCharging", new JsonObject().put("pileNo", "32010600019001").put("gunNo", 1));
        bodies.put("adjustMemberBalance", new JsonObject().put("amountFen", 100).put("reason", "x").put("requestId", "sweep-1"));
        bodies.put("scheduleTariff", new JsonObject().put("name", "intruder").put("slots", "2".repeat(48)).put("rates", new JsonArray()
                .add(rate()).add(rate()).add(rate()).add(rate())));
        bodies.put("sendPileCommand", new JsonObject().put("type", "command.reboot").put("whenIdle", true));
        bodies.put("createFaultReport", new JsonObject().put("stationId", pathLong("stationId")).put("category", "OTHER")
                .put("description", "intruder"));
        bodies.put("closeFaultReport", new JsonObject().put("resolution", "hijacked"));
        bodies.put("acknowledgeAlarm", new JsonObject().put("note", "hijacked"));
        bodies.put("createTariff", new JsonObject().put("tenantId", tenantB).put("name", "intruder").put("kind", "STANDARD")
                .put("electricityMilliFenPerKwh", 1).put("serviceMilliFenPerKwh", 1));
        bodies.put("updateTariff", new JsonObject().put("name", "hijacked"));
        bodies.put("setTariffStatus", new JsonObject().put("enabled", false));
        bodies.put("setMemberStatus", new JsonObject().put("enabled", false).put("reason", "hijacked"));
        bodies.put("startOrderAsOperator", new JsonObject().put("memberId", pathLong("memberId")).put("pileNo", "32010600019001")
                .put("gunNo", 1));
        return bodies.get(operationId);
    }

    private static JsonObject rate() {
        return new JsonObject().put("electricityMilliFenPerKwh", 1).put("serviceMilliFenPerKwh", 1);
    }

    private static long pathLong(String name) {
        return Long.parseLong(pathValues.get(name));
    }

    private String fingerprintOfB() {
        StringBuilder sb = new StringBuilder();
        for (String q : List.of("SELECT * FROM tenants WHERE id = ?", "SELECT * FROM stations WHERE tenant_id = ? ORDER BY id",
                "SELECT * FROM piles WHERE tenant_id = ? ORDER BY id", "SELECT * FROM guns WHERE tenant_id = ? ORDER BY id",
                "SELECT id, username, password_hash, display_name, enabled FROM admin_users WHERE tenant_id = ? ORDER BY id",
                "SELECT * FROM roles WHERE tenant_id = ? ORDER BY id", "SELECT * FROM members WHERE tenant_id = ? ORDER BY id",
                "SELECT * FROM ledger_accounts WHERE tenant_id = ? ORDER BY id",
                "SELECT * FROM tariffs WHERE tenant_id = ? ORDER BY id", "SELECT * FROM tariff_schedules WHERE tenant_id = ? ORDER BY id",
                "SELECT * FROM fault_reports WHERE tenant_id = ? ORDER BY id",
                "SELECT id, report_id, sha256 FROM fault_report_photos WHERE tenant_id = ? ORDER BY id",
                "SELECT * FROM alarms WHERE tenant_id = ? ORDER BY id", "SELECT * FROM member_favourite_stations WHERE tenant_id = ?")) {
            AllRoleStack.await(stack.pool.preparedQuery(q).execute(io.vertx.sqlclient.Tuple.of(tenantB)))
                    .forEach(row -> sb.append(row.toJson().encode()).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void noRouteLetsTenantAReadOrChangeTenantB() {
        String before = fingerprintOfB();
        OpenAPIContract contract = AllRoleStack.await(OpenAPIContract.from(stack.vertx, "openapi.yaml"));
        List<String> swept = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        for (Operation op : contract.operations()) {
            if (NOT_SWEPT.contains(op.getOperationId())) {
                continue;
            }
            String token = "driver".equals(op.getExtensions().get("x-access")) ? driverA : adminA;
            String path = op.getOpenAPIPath();
            boolean namesB = false;
            for (Map.Entry<String, String> e : pathValues.entrySet()) {
                if (path.contains("{" + e.getKey() + "}")) {
                    path = path.replace("{" + e.getKey() + "}", e.getValue());
                    namesB = true;
                }
            }
            String uri = path + (path.contains("?") ? "&" : "?") + "tenantId=" + tenantB
                    + (op.getOperationId().equals("findGunByQrCode") ? "&code=3201060001900101" : "")
                    + (op.getOperationId().equals("findStationsNearby") ? "&latitude=32.06&longitude=118.79" : "");
            HttpResponse<Buffer> r = op.getOperationId().equals("uploadFaultReportPhoto")
                    ? stack.upload(uri, token, FaultReportsIT.png(200)) : stack.call(op.getHttpMethod(), uri, token, body(op.getOperationId()));
            swept.add(op.getOperationId() + " " + op.getHttpMethod() + " " + r.statusCode());
            String text = r.bodyAsString() == null ? "" : r.bodyAsString();
            if (namesB && r.statusCode() < 400 && !op.getOperationId().equals("getPileLiveState")) {
                leaks.add(op.getOperationId() + " answered " + r.statusCode() + " for a resource of B: " + text);
            }
            if (namesB && op.getOperationId().equals("getPileLiveState") && r.statusCode() != 404) {
                leaks.add("getPileLiveState answered " + r.statusCode());
            }
            Matcher m = TENANT_FIELD.matcher(text);
            while (m.find()) {
                if (Long.parseLong(m.group(1)) == tenantB) {
                    leaks.add(op.getOperationId() + " (" + r.statusCode() + ") named tenant B: " + text);
                    break;
                }
            }
            if (op.getOperationId().equals("exportOrders") && text.contains("32010600019")) {
                leaks.add("exportOrders listed a pile of B");
            }
        }
        System.out.println("tenant isolation sweep [operation method status]: " + swept);
        assertThat(leaks).isEmpty();
        assertThat(swept).hasSize(contract.operations().size() - NOT_SWEPT.size());
        assertThat(fingerprintOfB()).isEqualTo(before);
    }

    @Test
    void aDriverSeesOnlyHisOwnOrdersAndWallet() {
        JsonObject wallet = stack.call(GET, "/api/v1/wallet", driverA, null).bodyAsJsonObject();
        assertThat(wallet.getLong("tenantId")).isEqualTo(tenantA);
        JsonObject orders = stack.call(GET, "/api/v1/orders", driverA, null).bodyAsJsonObject();
        assertThat(orders.getJsonArray("orders")).isEmpty();
        assertThat(stack.call(GET, "/api/v1/stations/" + pathValues.get("stationId"), driverA, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminLiveSocketGetsOnlyItsOwnTenantsPileEvents() throws Exception {
        LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = stack.live("/api/v1/live/admin", adminA, messages);
        assertThat(messages.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("hello");
        for (long tenant : new long[] {tenantB, tenantA}) {
            stack.vertx.eventBus().publish(Addresses.FEED_PILE_EVENTS, new JsonObject().put("type", "pile.gun-status").put("version", 1)
                    .put("pileNo", "32010600019001").put("tenantId", tenant).put("gun", 1).put("status", "IDLE").put("plugged", false)
                    .put("at", "2026-11-22T08:00:00Z"));
        }
        JsonObject first = messages.poll(10, TimeUnit.SECONDS);
        assertThat(first.getLong("tenantId")).isEqualTo(tenantA);
        assertThat(messages.poll(300, TimeUnit.MILLISECONDS)).isNull();
        socket.close();
    }
}
