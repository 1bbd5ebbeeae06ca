package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;

/**
 * The admin API over real HTTP against the {@code all} role: logins with lockout, refresh-token
 * rotation, RBAC, tenant isolation of the registry routes, and the audit log.
 */
class AdminApiIT {

    private static AllRoleStack stack;
    private static String root;

    @BeforeAll
    static void start() {
        stack = AllRoleStack.start("web_admin", new JsonObject());
        root = stack.rootToken();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return status == 204 ? null : r.bodyAsJsonObject();
    }

    private static long roleId(String code) {
        JsonArray roles = ok(stack.call(GET, "/api/v1/admin/roles", root, null), 200).getJsonArray("items");
        return roles.stream().map(JsonObject.class::cast).filter(r -> code.equals(r.getString("code"))).findFirst().orElseThrow().getLong("id");
    }

    /** Creates a tenant with a tenant admin; answers {tenantId, token}. */
    private static JsonObject tenantWithAdmin(String name, String username) {
        long tenantId = ok(stack.call(POST, "/api/v1/admin/tenants", root, new JsonObject().put("name", name)), 201).getLong("id");
        ok(stack.call(POST, "/api/v1/admin/users", root, new JsonObject().put("tenantId", tenantId).put("username", username)
                .put("password", "password-of-" + username).put("displayName", username)
                .put("roleIds", new JsonArray().add(roleId("TENANT_ADMIN")))), 201);
        String token = stack.login(username, "password-of-" + username).getString("accessToken");
        return new JsonObject().put("tenantId", tenantId).put("token", token);
    }

    private static JsonObject station(String name) {
        return new JsonObject().put("name", name).put("address", "2 Hanzhong Road, Nanjing").put("latitude", 32.05)
                .put("longitude", 118.78).put("openingHours", "08:00-22:00");
    }

    @Test
    void loginAnswersTokensAndTheAccountWithItsPermissions() {
        JsonObject tokens = stack.login(AllRoleStack.ROOT, AllRoleStack.ROOT_PASSWORD);
        assertThat(tokens.getString("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.getJsonObject("account").getJsonArray("permissions").getList()).contains("tenant:write", "audit:read");
        JsonObject me = ok(stack.call(GET, "/api/v1/admin/me", tokens.getString("accessToken"), null), 200);
        assertThat(me.getString("username")).isEqualTo(AllRoleStack.ROOT);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        JsonObject t = tenantWithAdmin("Lock Test", "locky");
        for (int i = 0; i < 5; i++) {
            HttpResponse<Buffer> r = stack.call(POST, "/api/v1/auth/admin/login", null,
                    new JsonObject().put("username", "locky").put("password", "wrong"));
            assertThat(r.statusCode()).isEqualTo(401);
        }
        HttpResponse<Buffer> locked = stack.call(POST, "/api/v1/auth/admin/login", null,
                new JsonObject().put("username", "locky").put("password", "password-of-locky"));
        assertThat(locked.statusCode()).isEqualTo(403);
        assertThat(locked.bodyAsJsonObject().getString("message")).contains("locked");
        assertThat(t.getLong("tenantId")).isPositive();
    }

    @Test
    void aRefreshTokenIsUsedUpAndItsReuseRevokesTheFamily() {
        JsonObject first = stack.login(AllRoleStack.ROOT, AllRoleStack.ROOT_PASSWORD);
        JsonObject refreshBody = new JsonObject().put("refreshToken", first.getString("refreshToken"));
        JsonObject second = ok(stack.call(POST, "/api/v1/auth/refresh", null, refreshBody), 200);
        assertThat(second.getString("refreshToken")).isNotEqualTo(first.getString("refreshToken"));
        assertThat(stack.call(POST, "/api/v1/auth/refresh", null, refreshBody).statusCode()).isEqualTo(401);
        HttpResponse<Buffer> afterReuse = stack.call(POST, "/api/v1/auth/refresh", null,
                new JsonObject().put("refreshToken", second.getString("refreshToken")));
        assertThat(afterReuse.statusCode()).isEqualTo(401);
    }

    @Test
    void aTenantAdminSeesAndChangesOnlyItsOwnStations() {
        JsonObject a = tenantWithAdmin("Tenant A", "admin-a");
        JsonObject b = tenantWithAdmin("Tenant B", "admin-b");
        long stationA = ok(stack.call(POST, "/api/v1/admin/stations", a.getString("token"), station("A station")), 201).getLong("id");
        ok(stack.call(POST, "/api/v1/admin/stations", b.getString("token"), station("B station").put("tenantId", a.getLong("tenantId"))),
                201);
        JsonArray seenByB = ok(stack.call(GET, "/api/v1/admin/stations", b.getString("token"), null), 200).getJsonArray("items");
        assertThat(seenByB.stream().map(o -> ((JsonObject) o).getString("name")).toList()).containsExactly("B station");
        assertThat(stack.call(GET, "/api/v1/admin/stations/" + stationA, b.getString("token"), null).statusCode()).isEqualTo(404);
        HttpResponse<Buffer> write = stack.call(PUT, "/api/v1/admin/stations/" + stationA, b.getString("token"), station("hijacked"));
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(ok(stack.call(GET, "/api/v1/admin/stations/" + stationA, a.getString("token"), null), 200).getString("name"))
                .isEqualTo("A station");
    }

    @Test
    void pilesAreRegisteredWithGunsAndShowTheirLiveState() {
        JsonObject a = tenantWithAdmin("Tenant P", "admin-p");
        long stationId = ok(stack.call(POST, "/api/v1/admin/stations", a.getString("token"), station("P station")), 201).getLong("id");
        JsonObject pile = ok(stack.call(POST, "/api/v1/admin/piles", a.getString("token"), new JsonObject().put("pileNo", "44030000000001")
                .put("stationId", stationId).put("kind", "DC").put("ratedPowerKw", 60).put("gunCount", 2)), 201);
        assertThat(pile.getJsonArray("guns")).hasSize(2);
        JsonObject live = ok(stack.call(GET, "/api/v1/admin/piles/44030000000001/live", a.getString("token"), null), 200);
        assertThat(live.getBoolean("online")).isFalse();
        assertThat(live.getJsonArray("guns").getJsonObject(0).getString("status")).isEqualTo("OFFLINE");
        HttpResponse<Buffer> dup = stack.call(POST, "/api/v1/admin/piles", a.getString("token"), new JsonObject()
                .put("pileNo", "44030000000001").put("stationId", stationId).put("gunCount", 1));
        assertThat(dup.statusCode()).isEqualTo(409);
    }

    @Test
    void aReadOnlyAdminCannotWriteAndNobodyGrantsWhatTheyLack() {
        JsonObject a = tenantWithAdmin("Tenant R", "admin-r");
        ok(stack.call(POST, "/api/v1/admin/users", a.getString("token"), new JsonObject().put("username", "viewer-r")
                .put("password", "password-of-viewer").put("displayName", "Viewer").put("roleIds",
                        new JsonArray().add(roleId("READ_ONLY")))), 201);
        String viewer = stack.login("viewer-r", "password-of-viewer").getString("accessToken");
        assertThat(stack.call(GET, "/api/v1/admin/stations", viewer, null).statusCode()).isEqualTo(200);
        assertThat(stack.call(POST, "/api/v1/admin/stations", viewer, station("nope")).statusCode()).isEqualTo(403);
        HttpResponse<Buffer> platformGrant = stack.call(POST, "/api/v1/admin/users", a.getString("token"), new JsonObject()
                .put("username", "sneaky").put("password", "password-of-sneaky").put("displayName", "S")
                .put("roleIds", new JsonArray().add(roleId("PLATFORM_ADMIN"))));
        assertThat(platformGrant.statusCode()).isIn(400, 403);
        HttpResponse<Buffer> role = stack.call(POST, "/api/v1/admin/roles", a.getString("token"), new JsonObject()
                .put("name", "tenant maker").put("permissions", new JsonArray().add("tenant:write")));
        assertThat(role.statusCode()).isEqualTo(403);
    }

    @Test
    void adminWritesAreRecordedInTheAuditLogOfTheirTenant() {
        JsonObject a = tenantWithAdmin("Tenant Audit", "admin-audit");
        ok(stack.call(POST, "/api/v1/admin/stations", a.getString("token"), station("Audited")), 201);
        JsonArray entries = ok(stack.call(GET, "/api/v1/admin/audit-log?operation=createStation", a.getString("token"), null), 200)
                .getJsonArray("items");
        assertThat(entries).hasSize(1);
        JsonObject e = entries.getJsonObject(0);
        assertThat(e.getString("actorKind")).isEqualTo("ADMIN");
        assertThat(e.getInteger("status")).isEqualTo(201);
        assertThat(e.getString("remoteAddress")).isNotBlank();
        assertThat(e.getJsonObject("input").getJsonObject("body").getString("name")).isEqualTo("Audited");
    }

    @Test
    void aNewTariffIsScheduledForAStationAndListedWithItsPushes() {
        long tenant = stack.demoTenantId();
        long station = AllRoleStack.await(stack.pool.query("SELECT id FROM stations WHERE name = 'Demo Station'").execute()).iterator()
                .next().getLong(0);
        JsonObject rate = new JsonObject().put("electricityMilliFenPerKwh", 70_000).put("serviceMilliFenPerKwh", 50_000);
        JsonObject schedule = ok(stack.call(POST, "/api/v1/admin/stations/" + station + "/tariff-schedules?tenantId=" + tenant, root,
                new JsonObject().put("name", "Flat 1.20").put("slots", "2".repeat(48))
                        .put("rates", new JsonArray().add(rate).add(rate).add(rate).add(rate))), 201);
        assertThat(schedule.getLong("stationId")).isEqualTo(station);
        JsonObject list = ok(stack.call(GET, "/api/v1/admin/stations/" + station + "/tariff-schedules?tenantId=" + tenant, root, null), 200);
        assertThat(list.getJsonArray("schedules")).isNotEmpty();
        HttpResponse<Buffer> bad = stack.call(POST, "/api/v1/admin/stations/" + station + "/tariff-schedules?tenantId=" + tenant, root,
                new JsonObject().put("slots", "4".repeat(48)));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.bodyAsJsonObject().getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("body.slots");
    }

    @Test
    void driversFindTheDemoStationNearbyWithPricesAndGuns() {
        String driver = stack.driverToken(1, stack.demoTenantId());
        JsonObject found = null;
        for (int i = 0; i < 50 && found == null; i++) {
            JsonArray items = ok(stack.call(GET, "/api/v1/stations/nearby?latitude=32.06&longitude=118.79&radiusMeters=3000", driver,
                    null), 200).getJsonArray("items");
            found = items.isEmpty() ? null : items.getJsonObject(0);
            AllRoleStack.sleep(100);
        }
        assertThat(found).isNotNull();
        assertThat(found.getInteger("totalGuns")).isEqualTo(16);
        assertThat(found.getLong("currentPriceMilliFenPerKwh")).isPositive();
        JsonObject detail = ok(stack.call(GET, "/api/v1/stations/" + found.getLong("id"), driver, null), 200);
        assertThat(detail.getJsonArray("guns")).hasSize(16);
        assertThat(detail.getJsonObject("prices").getJsonArray("schedule")).isNotEmpty();
        JsonObject gun = ok(stack.call(GET, "/api/v1/guns/by-qr?code=https://example.com/q/3201060001900101", driver, null), 200);
        assertThat(gun.getString("pileNo")).isEqualTo("32010600019001");
        String otherTenantDriver = stack.driverToken(1, 999_999);
        assertThat(stack.call(GET, "/api/v1/stations/" + found.getLong("id"), otherTenantDriver, null).statusCode()).isEqualTo(404);
    }
}
