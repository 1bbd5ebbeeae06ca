package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.OrderView;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.WalletView;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order whose pile stopped but whose record does not come: abnormal after the configured
 * time with its hold released, and settled when the record arrives after all. The pile's side
 * is played on the bus as the edge reports it (a live sample, a gun event, then the record).
 */
@ExtendWith(VertxExtension.class)
class AbnormalOrderIT {

    private static final String PILE = "32010600019009";
    private static final String NODE = "quiet-edge";
    private static OrderFixture orders;

    @BeforeAll
    static void deploy(Vertx vertx) {
        orders = OrderFixture.deploy(vertx, "abnormal");
        MessageConsumer<Object> quiet = vertx.eventBus().consumer(Addresses.edgeCommands(NODE), message -> { });
        CoreFixture.await(quiet.completion());
    }

    @Test
    void anOrderWithoutItsRecordBecomesAbnormalAndSettlesWhenTheRecordComesLate() {
        long member = orders.member(20_000, 0);
        orders.online(PILE, 1, NODE);
        OrderView order = BusJson.fromJson(orders.core.request(OrderAddresses.ORDERS_START, new StartOrder(OrderFixture.TENANT,
                member, PILE, 1, "FULL", 0, 0, 0)), OrderView.class);
        Instant start = Instant.now();

        sample(order.tradeSerial(), start);
        OrderFixture.eventually(Duration.ofSeconds(5), () -> "CHARGING".equals(detail(order.orderId()).order().state()));
        gun(GunStatus.IDLE, GunStatus.CHARGING, start.plusSeconds(1));
        OrderFixture.eventually(Duration.ofSeconds(5), () -> "AWAITING_RECORD".equals(detail(order.orderId()).order().state()));
        OrderFixture.eventually(Duration.ofSeconds(15), () -> "ABNORMAL".equals(detail(order.orderId()).order().state()));
        WalletView released = orders.wallet(member);

        // 1 kWh flat at 09:00-09:30 Beijing, demo tariff 1.30 yuan/kWh, priced with the order's own tariff
        var ack = orders.send(OrderFixture.record(PILE, order.tradeSerial(), new long[] {0, 0, 10_000, 0}, 13_000,
                Instant.parse("2026-11-22T01:00:00Z"), Instant.parse("2026-11-22T01:30:00Z"), 0x40, null));
        OrderDetail settled = detail(order.orderId());

        assertThat(released.heldFen()).isZero();
        assertThat(released.cashFen()).isEqualTo(20_000);
        assertThat(ack.orderId()).isEqualTo(order.orderId());
        assertThat(settled.order().state()).isEqualTo("SETTLED");
        assertThat(settled.order().amountFen()).isEqualTo(130);
        assertThat(settled.transitions()).extracting(t -> t.toState())
                .containsExactly("STARTING", "CHARGING", "AWAITING_RECORD", "ABNORMAL", "SETTLED");
        assertThat(settled.transitions().get(3).cause()).isEqualTo("no transaction record within "
                + OrderFixture.ABNORMAL_AFTER_SECONDS + " s of the stop");
        assertThat(orders.wallet(member).cashFen()).isEqualTo(20_000 - 130);
        assertThat(orders.reconcile().balanced()).isTrue();
    }

    /** The first 0x13 of the session, as the edge reports it: the gun charges under the order's serial. */
    private static void sample(String serial, Instant at) {
        orders.core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(new LiveSample(PILE, 1, 1, serial,
                GunStatus.CHARGING, true, "NO", 3800, 1200, 30, 40, 25, 0, 60, 10, 10, 1, List.of(), at)));
    }

    private static void gun(GunStatus status, GunStatus previous, Instant at) {
        orders.core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(new GunStatusChanged(PILE, 1, 1, status, true,
                previous, at)));
    }

    private static OrderDetail detail(long orderId) {
        return BusJson.fromJson(orders.core.request(OrderAddresses.ORDERS_GET, new OrderQuery(OrderFixture.TENANT, orderId, null)),
                OrderDetail.class);
    }
}
