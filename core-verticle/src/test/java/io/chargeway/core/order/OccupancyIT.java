package io.chargeway.core.order;

import static io.chargeway.core.order.OrderFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OccupancyRuleUpdate;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.pile.TransactionAck;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
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

    private static void gun(GunStatus status, boolean plugged, GunStatus previous, Instant at) {
        orders.core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(new GunStatusChanged(PILE, 1, 1, status,
                plugged, previous, at)));
    }
}
