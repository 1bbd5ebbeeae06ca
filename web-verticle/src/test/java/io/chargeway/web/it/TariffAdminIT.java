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
 * Tariffs administered directly over real HTTP against the {@code all} role: standard and
 * time-of-use tariffs are validated field by field, get the tenant's next model number, keep their
 * prices once scheduled, cannot be disabled while in effect and cannot be scheduled when disabled.
 */
class TariffAdminIT {

    private static AllRoleStack stack;
    private static String root;
    private static String tenant;
    private static long station;

    @BeforeAll
    static void start() {
        stack = AllRoleStack.start("web_tariffs", new JsonObject());
        root = stack.rootToken();
        tenant = "?tenantId=" + stack.demoTenantId();
        station = AllRoleStack.await(stack.pool.query("SELECT id FROM stations WHERE name = 'Demo Station'").execute()).iterator().next()
                .getLong(0);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private static JsonObject rate(long electricity, long service) {
        return new JsonObject().put("electricityMilliFenPerKwh", electricity).put("serviceMilliFenPerKwh", service);
    }

    static JsonObject standard(String name, long electricity, long service) {
        return new JsonObject().put("name", name).put("kind", "STANDARD").put("electricityMilliFenPerKwh", electricity)
                .put("serviceMilliFenPerKwh", service);
    }

    private static JsonObject create(JsonObject body) {
        return ok(stack.call(POST, "/api/v1/admin/tariffs" + tenant, root, body), 201);
    }

    @Test
    void standardAndTimeOfUseTariffsAreCreatedWithTheNextModelNumbers() {
        JsonObject flat = create(standard("Flat 1.40", 100_000, 40_000));
        assertThat(flat.getString("kind")).isEqualTo("STANDARD");
        assertThat(flat.getString("slots")).isEqualTo("2".repeat(48));
        assertThat(flat.getJsonObject("rates").getJsonObject("valley").getLong("serviceMilliFenPerKwh")).isEqualTo(40_000);

        String slots = "3".repeat(16) + "2".repeat(4) + "1".repeat(14) + "0".repeat(4) + "1".repeat(6) + "2".repeat(4);
        JsonObject tou = create(new JsonObject().put("name", "Peak and valley").put("kind", "TIME_OF_USE").put("slots", slots)
                .put("rates", new JsonObject().put("sharp", rate(120_000, 80_000)).put("peak", rate(100_000, 60_000))
                        .put("flat", rate(70_000, 50_000)).put("valley", rate(30_000, 40_000))));
        assertThat(tou.getInteger("modelNo")).isEqualTo(flat.getInteger("modelNo") + 1);
        assertThat(tou.getBoolean("enabled")).isTrue();
        assertThat(ok(stack.call(GET, "/api/v1/admin/tariffs/" + tou.getLong("id"), root, null), 200).getString("slots")).isEqualTo(slots);
        JsonArray listed = ok(stack.call(GET, "/api/v1/admin/tariffs" + tenant + "&q=Peak", root, null), 200).getJsonArray("items");
        assertThat(listed).hasSize(1);
    }

    @Test
    void badTariffsAreRefusedNamingTheField() {
        HttpResponse<Buffer> badSlots = stack.call(POST, "/api/v1/admin/tariffs" + tenant, root, new JsonObject().put("name", "x")
                .put("kind", "TIME_OF_USE").put("slots", "5".repeat(48)).put("rates", new JsonObject()));
        assertThat(badSlots.statusCode()).as(badSlots.bodyAsString()).isEqualTo(400);
        assertThat(badSlots.bodyAsJsonObject().getJsonArray("details").getJsonObject(0).getString("field")).isEqualTo("body.slots");

        HttpResponse<Buffer> missingPeriod = stack.call(POST, "/api/v1/admin/tariffs" + tenant, root, new JsonObject().put("name", "x")
                .put("kind", "TIME_OF_USE").put("slots", "1".repeat(24) + "3".repeat(24))
                .put("rates", new JsonObject().put("peak", rate(1, 1))));
        assertThat(missingPeriod.statusCode()).isEqualTo(400);
        assertThat(missingPeriod.bodyAsJsonObject().getString("message")).contains("body.rates.valley");

        HttpResponse<Buffer> negative = stack.call(POST, "/api/v1/admin/tariffs" + tenant, root, standard("x", -5, 0));
        assertThat(negative.statusCode()).isEqualTo(400);
        HttpResponse<Buffer> unknownField = stack.call(POST, "/api/v1/admin/tariffs" + tenant, root, standard("x", 1, 1).put("price", 1));
        assertThat(unknownField.statusCode()).isEqualTo(400);
        HttpResponse<Buffer> noTenant = stack.call(POST, "/api/v1/admin/tariffs", root, standard("x", 1, 1));
        assertThat(noTenant.statusCode()).isEqualTo(400);
    }

    @Test
    void aScheduledTariffKeepsItsPricesCannotBeDisabledAndADisabledOneCannotBeScheduled() {
        JsonObject draft = create(standard("Draft", 90_000, 30_000));
        String uri = "/api/v1/admin/tariffs/" + draft.getLong("id");
        JsonObject repriced = ok(stack.call(PUT, uri, root, standard("Draft", 95_000, 30_000).copy()), 200);
        assertThat(repriced.getJsonObject("rates").getJsonObject("flat").getLong("electricityMilliFenPerKwh")).isEqualTo(95_000);

        ok(stack.call(POST, "/api/v1/admin/stations/" + station + "/tariff-schedules" + tenant, root,
                new JsonObject().put("tariffId", draft.getLong("id"))), 201);
        JsonObject inUse = ok(stack.call(GET, uri, root, null), 200);
        assertThat(inUse.getJsonObject("usage").getInteger("stations")).isEqualTo(1);
        HttpResponse<Buffer> reprice = stack.call(PUT, uri, root, standard("Draft", 99_000, 30_000));
        assertThat(reprice.statusCode()).isEqualTo(409);
        assertThat(ok(stack.call(PUT, uri, root, new JsonObject().put("name", "Station price")), 200).getString("name"))
                .isEqualTo("Station price");
        assertThat(stack.call(PUT, uri + "/status", root, new JsonObject().put("enabled", false)).statusCode()).isEqualTo(409);

        JsonObject spare = create(standard("Spare", 80_000, 30_000));
        JsonObject disabled = ok(stack.call(PUT, "/api/v1/admin/tariffs/" + spare.getLong("id") + "/status", root,
                new JsonObject().put("enabled", false)), 200);
        assertThat(disabled.getBoolean("enabled")).isFalse();
        HttpResponse<Buffer> scheduleDisabled = stack.call(POST, "/api/v1/admin/stations/" + station + "/tariff-schedules" + tenant, root,
                new JsonObject().put("tariffId", spare.getLong("id")));
        assertThat(scheduleDisabled.statusCode()).isEqualTo(409);
        JsonArray disabledOnes = ok(stack.call(GET, "/api/v1/admin/tariffs" + tenant + "&status=DISABLED", root, null), 200)
                .getJsonArray("items");
        assertThat(disabledOnes.stream().map(t -> ((JsonObject) t).getLong("id"))).containsExactly(spare.getLong("id"));
    }
}
