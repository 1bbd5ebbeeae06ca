package io.chargeway.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.PileLoginReply;
import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Row;

@ExtendWith(VertxExtension.class)
class PileLoginIT {

    private static CoreFixture core;

    @BeforeAll
    static void deploy(Vertx vertx) {
        core = CoreFixture.deploy(vertx, "login");
    }

    @Test
    void aSeededPileIsAcceptedWithItsTenantStationAndGunsAndItsLoginIsRecordedRightAfterTheAnswer() {
        PileLoginReply reply = login("32010600019001", 2);

        awaitCount(1, "SELECT COUNT(*) FROM piles WHERE pile_no = ? AND online_node = 'edge-it'", "32010600019001");
        Row pile = core.row("SELECT tenant_id, station_id, last_login_at, protocol_version, program_version, online_node, sim_iccid"
                + " FROM piles WHERE pile_no = ?", "32010600019001");
        assertThat(reply.accepted()).isTrue();
        assertThat(reply.reason()).isNull();
        assertThat(reply.tenantId()).isEqualTo(pile.getLong("tenant_id")).isPositive();
        assertThat(reply.stationId()).isEqualTo(pile.getLong("station_id")).isPositive();
        assertThat(reply.gunCount()).isEqualTo(2);
        assertThat(pile.getLocalDateTime("last_login_at")).isNotNull();
        assertThat(pile.getString("protocol_version")).isEqualTo("V1.6");
        assertThat(pile.getString("program_version")).isEqualTo("SIM-1.0");
        assertThat(pile.getString("online_node")).isEqualTo("edge-it");
        assertThat(pile.getString("sim_iccid")).isEqualTo("89860000000000000001");
    }

    @Test
    void anAcPileGetsTheOneGunTheRegistryKnows() {
        assertThat(login("32010600019007", 1).gunCount()).isEqualTo(1);
    }

    @Test
    void anUnknownPileIsRefusedWithAReasonThatSaysWhatToDo() {
        PileLoginReply reply = login("32010600099999", 2);

        assertThat(reply.accepted()).isFalse();
        assertThat(reply.reason()).isEqualTo("pile 32010600099999 is not registered; add it in the admin console");
    }

    @Test
    void aDisabledPileIsRefusedAndItsRowIsLeftAlone() {
        core.sql("UPDATE piles SET status = 'DISABLED' WHERE pile_no = ?", "32010600019010");

        PileLoginReply reply = login("32010600019010", 1);

        assertThat(reply.accepted()).isFalse();
        assertThat(reply.reason()).isEqualTo("pile 32010600019010 is disabled; enable it in the admin console");
        assertThat(core.count("SELECT COUNT(*) FROM piles WHERE pile_no = ? AND last_login_at IS NULL", "32010600019010"))
                .isEqualTo(1);
    }

    @Test
    void aMalformedPileNumberIsRefusedNotFailed() {
        PileLoginReply reply = login("3201", 1);

        assertThat(reply.accepted()).isFalse();
        assertThat(reply.reason()).contains("14 digits");
    }

    @Test
    void aMassLoginOfTwoThousandPilesIsAnsweredForEveryPileAndEveryLoginIsRecorded() {
        List<String> numbers = register(2_000, 32010600029001L);
        List<Future<Message<JsonObject>>> answers = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            answers.add(core.vertx.eventBus().request(Addresses.CORE_PILE_LOGIN, BusJson.toJson(new PileLoginRequest(numbers.get(i),
                    "edge-mass", "127.0.0.1:" + (20000 + i), true, 2, "V1.6", "SIM-2.0", null))));
        }

        CoreFixture.await(Future.all(answers));

        assertThat(answers).allSatisfy(a -> assertThat(a.result().body().getBoolean("accepted")).isTrue());
        awaitCount(numbers.size(), "SELECT COUNT(*) FROM piles WHERE online_node = 'edge-mass' AND program_version = 'SIM-2.0'"
                + " AND last_login_at IS NOT NULL");
    }

    /** Registers {@code n} DC piles numbered from {@code first} at the demo station; answers their numbers. */
    static List<String> register(int n, long first) {
        Row demo = core.row("SELECT tenant_id, station_id FROM piles WHERE pile_no = '32010600019001'");
        List<NewPile> piles = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String pileNo = Long.toString(first + i);
            numbers.add(pileNo);
            piles.add(new NewPile(demo.getLong(0), demo.getLong(1), pileNo, "X" + pileNo, true, 60_000, null,
                    List.of(new NewPile.NewGun(1, "X" + pileNo + "01", 4, 60_000), new NewPile.NewGun(2, "X" + pileNo + "02", 4, 60_000))));
        }
        CoreFixture.await(new PileRepository(core.pool).insertAll(piles));
        return numbers;
    }

    private static void awaitCount(long expected, String sql, Object... params) {
        long deadline = System.currentTimeMillis() + 10_000;
        long seen = -1;
        while (System.currentTimeMillis() < deadline) {
            seen = core.count(sql, params);
            if (seen == expected) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("expected " + expected + " from " + sql + ", last saw " + seen);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static PileLoginReply login(String pileNo, int guns) {
        JsonObject reply = core.request(Addresses.CORE_PILE_LOGIN, new PileLoginRequest(pileNo, "edge-it", "127.0.0.1:50000",
                guns == 2, guns, "V1.6", "SIM-1.0", "89860000000000000001"));
        return BusJson.fromJson(reply, PileLoginReply.class);
    }
}
