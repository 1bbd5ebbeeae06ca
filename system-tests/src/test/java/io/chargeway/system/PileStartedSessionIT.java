package io.chargeway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Collections;

import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.BindCredential;
import io.chargeway.contract.order.OccupancyRuleUpdate;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.ScheduleTariff;
import io.chargeway.contract.pile.Rate;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions the pile starts (card swipe, offline charging), the occupancy fee after a session and
 * tariff delivery, through the edge with simulated piles.
 */
@ExtendWith(VertxExtension.class)
class PileStartedSessionIT {

    private static SystemFixture system;
    private static long station;

    @BeforeAll
    static void start(Vertx vertx) {
        system = SystemFixture.start(vertx, "pile_started");
        station = system.bed.count("SELECT id FROM stations LIMIT 1");
    }

    @Test
    void aCardSwipeStartsASessionPaidFromTheCardsMember() {
        long member = system.bed.member(30_000);
        bindCard(member, "00000000D14B0A54", "3000000000000001");
        SimulatedPile pile = system.pile(1, SystemFixture.fast().build());

        TradeSerial serial = PlatformBed.await(pile.gun(1).swipeCard(PhysicalCardNo.parse("D14B0A54")));
        SystemFixture.eventually(Duration.ofSeconds(10), () -> pile.gun(1).energyDeciWh() > 0);
        PlatformBed.await(pile.gun(1).stopLocally());
        OrderDetail settled = awaitSettled(serial);

        assertThat(settled.order().trigger()).isEqualTo("CARD");
        assertThat(settled.order().memberId()).isEqualTo(member);
        assertThat(settled.order().stopReasonCode()).isEqualTo(0x45);
        assertThat(settled.transitions()).extracting(t -> t.toState()).startsWith("STARTING", "CHARGING").endsWith("SETTLED");
        assertThat(system.wallet(member).cashFen()).isEqualTo(30_000 - settled.order().amountFen());
        assertThat(system.wallet(member).heldFen()).isZero();
        PlatformBed.await(pile.stop());
    }

    @Test
    void anUnknownCardIsRefusedAtThePile() {
        SimulatedPile pile = system.pile(2, SystemFixture.fast().build());

        Throwable refused = PlatformBed.await(pile.gun(1).swipeCard(PhysicalCardNo.parse("0BADCA4D"))
                .transform(ar -> Future.succeededFuture(ar.cause())));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("0x01");
        assertThat(system.bed.count("SELECT COUNT(*) FROM charge_orders WHERE pile_no = ?", pile.pileNo().toString())).isZero();
        PlatformBed.await(pile.stop());
    }

    @Test
    void aCardWhoseMemberCannotPayIsRefusedForInsufficientBalance() {
        long member = system.bed.member(10);
        bindCard(member, "00000000A1B2C3D4", "3000000000000002");
        SimulatedPile pile = system.pile(3, SystemFixture.fast().build());

        Throwable refused = PlatformBed.await(pile.gun(1).swipeCard(PhysicalCardNo.parse("A1B2C3D4"))
                .transform(ar -> Future.succeededFuture(ar.cause())));

        assertThat(refused.getMessage()).contains("0x03");
        PlatformBed.await(pile.stop());
    }

    @Test
    void aRecordOfASessionThePlatformNeverSawCreatesItsOrder() {
        SimulatedPile pile = system.pile(7, SystemFixture.fast().build());

        TradeSerial serial = PlatformBed.await(pile.gun(1).simulateCharging());
        SystemFixture.eventually(Duration.ofSeconds(10), () -> pile.gun(1).energyDeciWh() > 0);
        PlatformBed.await(pile.gun(1).stopLocally());
        OrderDetail settled = awaitSettled(serial);
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.TRANSACTION_CONFIRM) >= 1, Duration.ofSeconds(10)));

        assertThat(settled.order().trigger()).isEqualTo("OFFLINE_CARD");
        assertThat(settled.order().payerType()).isEqualTo("NONE");
        // the pile rounds each tier's amount to 0.0001 yuan and adds them up; the platform prices the
        // energy exactly and rounds once to the fen: equal, or 1 fen apart (the discrepancy tolerance)
        assertThat(settled.order().amountFen()).isCloseTo(settled.order().pileAmountFen(), within(1L));
        assertThat(settled.transitions()).extracting(t -> t.toState()).containsExactly("AWAITING_RECORD", "SETTLED");
        PlatformBed.await(pile.stop());
    }

    @Test
    void aGunLeftPluggedAfterChargingPaysTheOccupancyFeeWhenUnplugged() {
        system.bed.request(OrderAddresses.STATIONS_OCCUPANCY_RULE, new OccupancyRuleUpdate(PlatformBed.TENANT, station, 0, 25,
                100));
        long member = system.bed.member(30_000);
        SimulatedPile pile = system.pile(8, SystemFixture.fast().build());
        OrderDetail started = system.start(member, pile, 1, "FULL", 0);
        SystemFixture.eventually(Duration.ofSeconds(10), () -> pile.gun(1).energyDeciWh() > 0);

        PlatformBed.await(pile.gun(1).stopLocally());
        OrderDetail settled = system.awaitState(started.order().orderId(), "SETTLED");
        SystemFixture.eventually(Duration.ofSeconds(10), () -> system.bed.count(
                "SELECT COUNT(*) FROM order_occupancies WHERE order_id = ?", settled.order().orderId()) == 1);
        PlatformBed.await(pile.gun(1).unplug());
        SystemFixture.eventually(Duration.ofSeconds(10), () -> system.bed.count(
                "SELECT COUNT(*) FROM order_occupancies WHERE order_id = ? AND state = 'CLOSED'", settled.order().orderId()) == 1);

        // unplugged within the first minute after charging ended, no grace: one started minute
        assertThat(system.order(settled.order().orderId()).order().occupancyFeeFen()).isEqualTo(25);
        assertThat(system.wallet(member).cashFen()).isEqualTo(30_000 - settled.order().amountFen() - 25);
        assertThat(system.reconcile().balanced()).isTrue();
        system.bed.request(OrderAddresses.STATIONS_OCCUPANCY_RULE, new OccupancyRuleUpdate(PlatformBed.TENANT, station, 0, 0, 0));
        PlatformBed.await(pile.stop());
    }

    @Test
    void aScheduledTariffIsPushedToTheConnectedPileWhichInstallsIt() {
        SimulatedPile pile = system.pile(9, SystemFixture.fast().build());
        int before = pile.billingModel().billingModelNo().value();

        system.bed.request(OrderAddresses.TARIFFS_SCHEDULE, new ScheduleTariff(PlatformBed.TENANT, station, pile.pileNo().toString(),
                0, "Pile 9 flat", Collections.nCopies(4, new Rate(50_000, 50_000)), 0, Collections.nCopies(48, 2), null, "it"));
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.BILLING_MODEL_SETTING) >= 1, Duration.ofSeconds(15)));
        SystemFixture.eventually(Duration.ofSeconds(10), () -> system.bed.count(
                "SELECT COUNT(*) FROM tariff_pushes WHERE pile_no = ? AND state = 'ACCEPTED'", pile.pileNo().toString()) == 1);

        assertThat(pile.billingModel().billingModelNo().value()).isNotEqualTo(before);
        assertThat(pile.billingModel().billingModelNo().value()).isEqualTo((int) system.bed.count(
                "SELECT model_no FROM tariff_pushes WHERE pile_no = ?", pile.pileNo().toString()));
        PlatformBed.await(pile.stop());
    }

    @Test
    void aPileThatRefusesAPushedTariffIsAskedAgainUntilItInstallsIt() {
        SimulatedPile pile = system.pile(10, SystemFixture.fast().build());
        String pileNo = pile.pileNo().toString();
        // the station's model, asked for after login (0x09/0x0A), is in place first
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.BILLING_MODEL_RESPONSE) >= 1, Duration.ofSeconds(15)));
        int before = pile.billingModel().billingModelNo().value();
        PlatformBed.await(pile.misbehave().refuseBillingModels(true));

        system.bed.request(OrderAddresses.TARIFFS_SCHEDULE, new ScheduleTariff(PlatformBed.TENANT, station, pileNo,
                0, "Pile 10 flat", Collections.nCopies(4, new Rate(60_000, 40_000)), 0, Collections.nCopies(48, 2), null, "it"));
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.BILLING_MODEL_SETTING) >= 2, Duration.ofSeconds(15)));

        assertThat(pile.billingModel().billingModelNo().value()).as("a refused model is not installed").isEqualTo(before);
        assertThat(system.bed.row("SELECT state, last_error FROM tariff_pushes WHERE pile_no = ?", pileNo).getString("state"))
                .isEqualTo("PENDING");
        assertThat(system.bed.row("SELECT last_error FROM tariff_pushes WHERE pile_no = ?", pileNo).getString("last_error"))
                .contains("pile refused the tariff (0x57)");

        PlatformBed.await(pile.misbehave().refuseBillingModels(false));
        SystemFixture.eventually(Duration.ofSeconds(10), () -> system.bed.count(
                "SELECT COUNT(*) FROM tariff_pushes WHERE pile_no = ? AND state = 'ACCEPTED'", pileNo) == 1);
        assertThat(pile.billingModel().billingModelNo().value()).isEqualTo((int) system.bed.count(
                "SELECT model_no FROM tariff_pushes WHERE pile_no = ?", pileNo));
        assertThat(system.bed.count("SELECT attempts FROM tariff_pushes WHERE pile_no = ?", pileNo)).isGreaterThanOrEqualTo(3);
        PlatformBed.await(pile.stop());
    }

    private static void bindCard(long member, String physical, String logical) {
        system.bed.request(OrderAddresses.MEMBERS_BIND, new BindCredential(PlatformBed.TENANT, member, "CARD", physical, logical,
                null));
    }

    private static OrderDetail awaitSettled(TradeSerial serial) {
        SystemFixture.eventually(Duration.ofSeconds(20), () -> system.bed.count(
                "SELECT COUNT(*) FROM charge_orders WHERE trade_serial = ? AND state = 'SETTLED'", serial.toString()) == 1);
        return BusJson.fromJson(system.bed.request(OrderAddresses.ORDERS_GET, new OrderQuery(PlatformBed.TENANT, 0,
                serial.toString())), OrderDetail.class);
    }
}
