package io.chargeway.core.order;

import static io.chargeway.core.order.OrderFixture.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.ScheduleTariff;
import io.chargeway.contract.order.TariffScheduleQuery;
import io.chargeway.contract.order.TariffSchedulePage;
import io.chargeway.contract.order.TariffScheduleView;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.contract.pile.TariffQuery;
import io.chargeway.contract.pile.TransactionAck;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tariffs scheduled for stations and piles, as the edge and the settlement then see them. */
@ExtendWith(VertxExtension.class)
class TariffScheduleIT {

    private static final List<Rate> FLAT_ONE_YUAN = List.of(new Rate(60_000, 40_000), new Rate(60_000, 40_000),
            new Rate(60_000, 40_000), new Rate(60_000, 40_000));
    private static OrderFixture orders;
    private static long station;

    @BeforeAll
    static void deploy(Vertx vertx) {
        orders = OrderFixture.deploy(vertx, "tariff_schedules");
        station = orders.core.count("SELECT id FROM stations LIMIT 1");
    }

    @Test
    void aScheduledTariffTakesEffectAtItsTimeAndIsQueuedForEveryPile() {
        Instant sessionStart = Instant.parse("2026-11-22T01:00:00Z"); // 09:00 Beijing: flat, 1.30 yuan/kWh in the demo tariff
        TariffScheduleView scheduled = BusJson.fromJson(orders.core.request(OrderAddresses.TARIFFS_SCHEDULE, new ScheduleTariff(
                OrderFixture.TENANT, station, null, 0, "Flat 1 yuan", FLAT_ONE_YUAN, 0, Collections.nCopies(48, 2),
                Instant.now().plusSeconds(1), "tester")), TariffScheduleView.class);

        assertThat(scheduled.state()).isEqualTo("PENDING");
        assertThat(scheduled.modelNo()).isEqualTo(2);
        assertThat(tariffOf("32010600019001").modelNo()).isEqualTo(1);
        OrderFixture.eventually(Duration.ofSeconds(10), () -> tariffOf("32010600019001").modelNo() == 2);
        TariffSchedulePage page = BusJson.fromJson(orders.core.request(OrderAddresses.TARIFFS_SCHEDULES,
                new TariffScheduleQuery(OrderFixture.TENANT, station)), TariffSchedulePage.class);
        assertThat(page.schedules()).extracting(TariffScheduleView::state).contains("APPLIED");
        assertThat(page.pushes()).hasSize(10).allSatisfy(p -> {
            assertThat(p.modelNo()).isEqualTo(2);
            assertThat(p.state()).isEqualTo("PENDING");
        });
        OrderFixture.eventually(Duration.ofSeconds(10), () -> orders.core.count(
                "SELECT COUNT(*) FROM tariff_pushes WHERE last_error LIKE 'pile offline%'") == 10);

        // a session that started before the change is priced with the tariff it ran under (demo flat 1.30)
        TransactionAck ack = orders.send(record("32010600019008", "32010600019008" + "01" + "261122095000" + "0001",
                new long[] {0, 0, 10_000, 0}, 13_000, sessionStart, sessionStart.plusSeconds(30), 0x40, null));
        assertThat(orders.core.count("SELECT amount_fen FROM order_settlements WHERE order_id = ?", ack.orderId())).isEqualTo(130);
        assertThat(orders.core.count("SELECT tariff_model_no FROM charge_orders WHERE id = ?", ack.orderId())).isEqualTo(1);

        // a pile override keeps the demo tariff on one pile
        orders.core.request(OrderAddresses.TARIFFS_SCHEDULE, new ScheduleTariff(OrderFixture.TENANT, station, "32010600019002", 1,
                null, null, 0, null, null, "tester"));
        assertThat(tariffOf("32010600019002").modelNo()).isEqualTo(1);
        assertThat(tariffOf("32010600019003").modelNo()).isEqualTo(2);
    }

    @Test
    void anInvalidTariffIsRefusedAndChangesNothing() {
        List<Integer> slots = new ArrayList<>(Collections.nCopies(47, 2));

        int code = orders.core.requestFailure(OrderAddresses.TARIFFS_SCHEDULE, new ScheduleTariff(OrderFixture.TENANT, station,
                null, 0, "Broken", FLAT_ONE_YUAN, 0, slots, null, "tester")).failureCode();

        assertThat(code).isEqualTo(ErrorCode.BAD_REQUEST.busCode());
        assertThat(orders.core.count("SELECT COUNT(*) FROM tariffs WHERE name = 'Broken'")).isZero();
    }

    private static TariffModel tariffOf(String pileNo) {
        return BusJson.fromJson(orders.core.request(Addresses.CORE_PILE_TARIFF, new TariffQuery(pileNo)), TariffModel.class);
    }
}
