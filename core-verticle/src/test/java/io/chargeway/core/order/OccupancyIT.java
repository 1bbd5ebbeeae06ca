package io.chargeway.core.order;

import static io.chargeway.core.order.OrderFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OccupancyRuleUpdate;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.core.CoreFixture;
import io.chargeway.core.ledger.TransactionRunner;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Occupancy fees from the gun events the edge sends to the core. */
@ExtendWith(VertxExtension.class)
class OccupancyIT {

    private static final String PILE = "32010600019007";
    private static OrderFixture orders;
    private static long station;

    @BeforeAll
    static void deploy(Vertx vertx) {
        orders = OrderFixture.deploy(vertx, "occupancy");
        station = orders.core.count("SELECT station_id FROM piles WHERE pile_no = ?", PILE);
        orders.core.request(OrderAddresses.STATIONS_OCCUPANCY_RULE, new OccupancyRuleUpdate(OrderFixture.TENANT, station, 1, 50,
                120));
    }

    @Test
    void aGunLeftPluggedBeyondTheGracePeriodPaysPerStartedMinuteUpToTheCap() {
        long member = orders.member(10_000, 0);
        orders.bindCard(member, "00000000C0FFEE01", "2000000000000001");
        Instant end = Instant.parse("2026-11-22T02:20:00Z");
        TransactionAck ack = orders.send(record(PILE, PILE + "01" + "261122095000" + "0001", new long[] {0, 0, 10_000, 0},
                13_000, end.minusSeconds(600), end, 0x41, "00000000C0FFEE01"));
        long afterCharge = orders.wallet(member).cashFen();

        gun(GunStatus.IDLE, true, GunStatus.CHARGING, end);
        OrderFixture.eventually(Duration.ofSeconds(5), () -> orders.core.count(
                "SELECT COUNT(*) FROM order_occupancies WHERE order_id = ? AND state = 'OPEN'", ack.orderId()) == 1);
        gun(GunStatus.IDLE, false, GunStatus.IDLE, end.plusSeconds(60 + 61));
        OrderFixture.eventually(Duration.ofSeconds(5), () -> orders.core.count(
                "SELECT COUNT(*) FROM order_occupancies WHERE order_id = ? AND state = 'CLOSED'", ack.orderId()) == 1);

        // 121 s plugged, 60 s free: 61 s chargeable = 2 started minutes = 100 fen (cap 120)
        assertThat(orders.core.count("SELECT fee_fen FROM order_occupancies WHERE order_id = ?", ack.orderId())).isEqualTo(100);
        assertThat(orders.core.count("SELECT occupancy_fee_fen FROM charge_orders WHERE id = ?", ack.orderId())).isEqualTo(100);
        assertThat(afterCharge - orders.wallet(member).cashFen()).isEqualTo(100);
        assertThat(orders.core.count("SELECT COUNT(*) FROM ledger_journals WHERE kind = 'OCCUPANCY_FEE'")).isEqualTo(1);
        assertThat(orders.reconcile().balanced()).isTrue();
    }

    /** Guns whose charging ends together are looked up together: each gets the occupancy of its own last order. */
    @Test
    void gunsStoppingTogetherEachOpenTheirOwnOccupancy() {
        long member = orders.member(10_000, 0);
        orders.bindCard(member, "00000000C0FFEE02", "2000000000000002");
        Instant end = Instant.parse("2026-11-22T03:20:00Z");
        // the fixture's records are of gun 1
        String[][] guns = {{"32010600019001", "1"}, {"32010600019002", "1"}, {"32010600019003", "1"}, {"32010600019004", "1"},
            {"32010600019005", "1"}, {"32010600019006", "1"}};
        long[] orderIds = new long[guns.length];
        for (int i = 0; i < guns.length; i++) {
            orderIds[i] = orders.send(record(guns[i][0], guns[i][0] + "0" + guns[i][1] + "261122112000" + "0001",
                    new long[] {0, 0, 1_000, 0}, 1_300, end.minusSeconds(600), end, 0x41, "00000000C0FFEE02")).orderId();
        }

        // a seventh gun stands at a station without a rule: its session ended too, and nothing opens for it
        String ruleless = "32010600019008";
        orders.core.sql("INSERT INTO stations (tenant_id, external_id, name, country_code, area_code, address, latitude, longitude,"
                + " station_type, park_nums, opening_hours, fast_charging, slow_charging, has_dc, has_ac, tariff_id, status,"
                + " created_at, updated_at) SELECT tenant_id, 'NJ0099', 'No fee here', country_code, area_code, address, latitude,"
                + " longitude, station_type, park_nums, opening_hours, fast_charging, slow_charging, has_dc, has_ac, tariff_id,"
                + " status, created_at, updated_at FROM stations WHERE id = ?", station);
        orders.core.sql("UPDATE piles SET station_id = (SELECT id FROM stations WHERE external_id = 'NJ0099') WHERE pile_no = ?",
                ruleless);
        long rulelessOrder = orders.send(record(ruleless, ruleless + "01" + "261122112000" + "0001", new long[] {0, 0, 1_000, 0},
                1_300, end.minusSeconds(600), end, 0x41, "00000000C0FFEE02")).orderId();
        String[][] batch = Arrays.copyOf(guns, guns.length + 1);
        batch[guns.length] = new String[] {ruleless, "1"};

        // opened in one event-loop turn: the first two run alone (two reads at once), the other five share one read
        OccupancyService occupancy = new OccupancyService(new TransactionRunner(orders.core.vertx, orders.core.pool),
                Clock.systemUTC(), 2);
        Promise<Void> opened = Promise.promise();
        orders.core.vertx.runOnContext(v -> Future.all(Arrays.stream(batch).map(g -> occupancy.open(g[0], Integer.parseInt(g[1]),
                end)).toList()).<Void>mapEmpty().onComplete(opened));
        CoreFixture.await(opened.future());

        assertThat(orders.core.count("SELECT COUNT(*) FROM order_occupancies WHERE state = 'OPEN' AND pile_no <> ?", PILE))
                .isEqualTo(guns.length);
        for (int i = 0; i < guns.length; i++) {
            Row row = orders.core.row("SELECT order_id, gun_no, grace_minutes, fee_per_minute_fen FROM order_occupancies"
                    + " WHERE pile_no = ? AND gun_no = ?", guns[i][0], Integer.parseInt(guns[i][1]));
            assertThat(row.getLong("order_id")).isEqualTo(orderIds[i]);
            assertThat(row.getInteger("grace_minutes")).isEqualTo(1);
            assertThat(row.getLong("fee_per_minute_fen")).isEqualTo(50);
        }
        assertThat(orders.core.count("SELECT COUNT(*) FROM order_occupancies WHERE order_id = ?", rulelessOrder)).isZero();
    }

    private static void gun(GunStatus status, boolean plugged, GunStatus previous, Instant at) {
        orders.core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(new GunStatusChanged(PILE, 1, 1, status,
                plugged, previous, at)));
    }
}
