package io.chargeway.web.it;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.PileFaultChanged;
import io.chargeway.contract.event.PileOffline;
import io.chargeway.contract.event.PileOnline;
import io.chargeway.contract.json.BusJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.sqlclient.Tuple;

/**
 * Alarms kept from the pile event feed, over real HTTP against the {@code all} role: pile events
 * enter the core as the edge sends them; faults raised and cleared, unexpected disconnections,
 * repeated and late events changing nothing, filters and acknowledgement.
 */
class AlarmsIT {

    private static final String FAULTS = "32010600019002";
    private static final String DOWN = "32010600019003";
    private static final String ACKS = "32010600019004";
    private static final String RECONNECT = "32010600019005";
    private static AllRoleStack stack;
    private static String root;
    private static String tenant;

    @BeforeAll
    static void start() {
        stack = AllRoleStack.start("web_alarms", new JsonObject());
        root = stack.rootToken();
        tenant = "tenantId=" + stack.demoTenantId();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** Sends an event to the core as an edge node would. */
    static void send(AllRoleStack stack, Object event) {
        stack.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(event));
    }

    /** Raises a fault on a gun through the core's event intake; answers the open alarm's id once it is recorded. */
    static long raiseFault(AllRoleStack stack, String pileNo, int gun, String code) {
        send(stack, new PileFaultChanged(pileNo, 0, gun, List.of(code), List.of(code), List.of(), Instant.now()));
        return awaitAlarm(stack, "SELECT id FROM alarms WHERE pile_no = ? AND gun_no = ? AND code = ? AND state = 'OPEN'", pileNo, gun, code);
    }

    private static long awaitAlarm(AllRoleStack stack, String sql, Object... params) {
        for (int i = 0; i < 100; i++) {
            var rows = AllRoleStack.await(stack.pool.preparedQuery(sql).execute(Tuple.from(params)));
            if (rows.iterator().hasNext()) {
                return rows.iterator().next().getLong(0);
            }
            AllRoleStack.sleep(100);
        }
        throw new AssertionError("no alarm for " + sql);
    }

    private static JsonObject ok(HttpResponse<Buffer> r, int status) {
        assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(status);
        return r.bodyAsJsonObject();
    }

    private static JsonArray alarms(String pileNo, String query) {
        return ok(stack.call(GET, "/api/v1/admin/alarms?" + tenant + "&pileNo=" + pileNo + query, root, null), 200).getJsonArray("items");
    }

    @Test
    void aFaultIsRaisedOnceClearedByANewerEventAndNotReopenedByALateOne() {
        Instant t0 = Instant.now();
        long id = raiseFault(stack, FAULTS, 1, "OVER_TEMPERATURE");
        send(stack, new PileFaultChanged(FAULTS, 0, 1, List.of("OVER_TEMPERATURE"), List.of("OVER_TEMPERATURE"), List.of(), t0));
        send(stack, new PileFaultChanged(FAULTS, 0, 1, List.of(), List.of(), List.of("OVER_TEMPERATURE"), t0.plusSeconds(5)));
        awaitAlarm(stack, "SELECT id FROM alarms WHERE id = ? AND state = 'CLEARED'", id);
        send(stack, new PileFaultChanged(FAULTS, 0, 1, List.of("OVER_TEMPERATURE"), List.of("OVER_TEMPERATURE"), List.of(),
                t0.plusSeconds(2)));
        AllRoleStack.sleep(500);

        JsonArray all = alarms(FAULTS, "&kind=FAULT");
        assertThat(all.stream().map(JsonObject.class::cast).filter(a -> "OVER_TEMPERATURE".equals(a.getString("code")))).hasSize(1);
        JsonObject alarm = ok(stack.call(GET, "/api/v1/admin/alarms/" + id, root, null), 200);
        assertThat(alarm.getString("state")).isEqualTo("CLEARED");
        assertThat(alarm.getString("clearedAt")).isNotNull();
        assertThat(alarm.getInteger("gunNo")).isEqualTo(1);
    }

    @Test
    void anUnexpectedDisconnectionIsAnAlarmUntilThePileIsBackAndAReplacedConnectionIsNot() {
        Instant t0 = Instant.now();
        send(stack, new PileOffline(DOWN, 0, "edge-a", "REPLACED", t0));
        send(stack, new PileOffline(DOWN, 0, "edge-a", "HEARTBEAT_TIMEOUT", t0.plusMillis(10)));
        long id = awaitAlarm(stack, "SELECT id FROM alarms WHERE pile_no = ? AND code = 'PILE_OFFLINE' AND state = 'OPEN'", DOWN);
        JsonObject open = alarms(DOWN, "&kind=OFFLINE&state=OPEN").getJsonObject(0);
        assertThat(open.getLong("id")).isEqualTo(id);
        assertThat(open.getString("detail")).contains("HEARTBEAT_TIMEOUT");

        send(stack, new PileOnline(DOWN, 0, 0, "edge-b", "10.0.0.9", 2, "V1.6", "1.0", t0.plusSeconds(30)));
        awaitAlarm(stack, "SELECT id FROM alarms WHERE id = ? AND state = 'CLEARED'", id);
        assertThat(alarms(DOWN, "&kind=OFFLINE&state=OPEN")).isEmpty();
    }

    @Test
    void anAcknowledgementKeepsWhoFirstTookTheAlarmAndFiltersFindIt() {
        long id = raiseFault(stack, ACKS, 2, "EMERGENCY_STOP");
        assertThat(alarms(ACKS, "&acknowledged=false&state=OPEN").stream().map(a -> ((JsonObject) a).getLong("id"))).contains(id);

        JsonObject acked = ok(stack.call(PUT, "/api/v1/admin/alarms/" + id + "/acknowledgement", root,
                new JsonObject().put("note", "technician on the way")), 200);
        assertThat(acked.getString("acknowledgedAt")).isNotNull();
        assertThat(acked.getString("acknowledgeNote")).isEqualTo("technician on the way");
        JsonObject again = ok(stack.call(PUT, "/api/v1/admin/alarms/" + id + "/acknowledgement", root,
                new JsonObject().put("note", "second")), 200);
        assertThat(again.getString("acknowledgeNote")).isEqualTo("technician on the way");

        assertThat(alarms(ACKS, "&acknowledged=true").stream().map(a -> ((JsonObject) a).getLong("id"))).contains(id);
        assertThat(alarms(ACKS, "&acknowledged=false").stream().map(a -> ((JsonObject) a).getLong("id"))).doesNotContain(id);
        String future = Instant.now().plusSeconds(3600).toString();
        assertThat(alarms(ACKS, "&from=" + future)).isEmpty();
        assertThat(stack.call(GET, "/api/v1/admin/alarms?" + tenant + "&from=yesterday", root, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aPileThatReconnectsStartsWithNoOpenFaults() {
        Instant t0 = Instant.now();
        long id = raiseFault(stack, RECONNECT, 1, "SMOKE");
        send(stack, new PileOnline(RECONNECT, 0, 0, "edge-b", "10.0.0.9", 2, "V1.6", "1.0", t0.plusSeconds(60)));
        awaitAlarm(stack, "SELECT id FROM alarms WHERE id = ? AND state = 'CLEARED'", id);
        JsonObject alarm = ok(stack.call(GET, "/api/v1/admin/alarms/" + id, root, null), 200);
        assertThat(alarm.getString("detail")).contains("reconnected");
    }
}
