package io.chargeway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderProgress;
import io.chargeway.contract.order.OrderTransitionView;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.contract.order.WalletView;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.charging.StopReason;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sessions started by the platform, through the edge, with simulated piles over TCP. */
@ExtendWith(VertxExtension.class)
class ChargingSessionIT {

    private static SystemFixture system;

    @BeforeAll
    static void start(Vertx vertx) {
        system = SystemFixture.start(vertx, "sessions");
    }

    @Test
    void aSessionGoesFromStartToASettledOrderAndADebitedWallet() {
        long member = system.bed.member(50_000);
        SimulatedPile pile = system.pile(1, SystemFixture.fast().build());
        long revenueBefore = revenue();

        OrderDetail started = system.start(member, pile, 1, "FULL", 0);
        SystemFixture.eventually(Duration.ofSeconds(15), () -> progressOf(started.order().orderId()) != null
                && progressOf(started.order().orderId()).energyDeciWh() > 10_000);
        assertThat(system.order(started.order().orderId()).progress()).isNotNull();
        system.bed.request(OrderAddresses.ORDERS_STOP, new StopOrder(PlatformBed.TENANT, started.order().orderId(), member));
        OrderDetail settled = system.awaitState(started.order().orderId(), "SETTLED");
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.TRANSACTION_CONFIRM) >= 1, Duration.ofSeconds(10)));

        assertThat(started.order().state()).isEqualTo("CHARGING");
        assertThat(started.order().startedAt()).as("the start answer says when charging began").isNotNull();
        assertThat(started.order().holdFen()).isEqualTo(50_000);
        assertThat(settled.order().energyDeciWh()).isPositive();
        assertThat(settled.order().amountFen()).isPositive();
        // the pile rounds each tier's amount to 0.0001 yuan and adds them up; the platform prices the
        // energy exactly and rounds once to the fen: equal, or 1 fen apart (the discrepancy tolerance)
        assertThat(settled.order().amountFen()).isCloseTo(settled.order().pileAmountFen(), within(1L));
        assertThat(settled.order().stopCause()).isEqualTo("DRIVER");
        assertThat(settled.order().stopReasonCode()).isEqualTo(0x40);
        assertThat(settled.order().discrepancy()).isFalse();
        assertThat(settled.order().holdFen()).isZero();
        assertThat(settled.transitions()).extracting(OrderTransitionView::toState)
                .startsWith("STARTING", "CHARGING", "STOPPING").endsWith("SETTLED");
        WalletView wallet = system.wallet(member);
        assertThat(wallet.cashFen()).isEqualTo(50_000 - settled.order().amountFen());
        assertThat(wallet.heldFen()).isZero();
        assertThat(revenue() - revenueBefore).isEqualTo(settled.order().amountFen());
        assertThat(PlatformBed.await(pile.pendingRecords())).isEmpty();
        assertThat(system.reconcile().balanced()).isTrue();
        PlatformBed.await(pile.stop());
    }

    @Test
    void thePlatformStopsASessionWhenTheAmountLimitIsReached() {
        long member = system.bed.member(50_000);
        SimulatedPile pile = system.pile(4, SystemFixture.fast().build());

        OrderDetail started = system.start(member, pile, 2, "AMOUNT", 500);
        OrderDetail settled = system.awaitState(started.order().orderId(), "SETTLED");

        assertThat(started.order().holdFen()).isEqualTo(500);
        assertThat(settled.order().stopCause()).isEqualTo("LIMIT_REACHED");
        assertThat(settled.order().amountFen()).isBetween(500L, 1000L);
        assertThat(settled.transitions()).extracting(OrderTransitionView::toState).contains("STOPPING");
        assertThat(system.wallet(member).cashFen()).isEqualTo(50_000 - settled.order().amountFen());
        PlatformBed.await(pile.stop());
    }

    @Test
    void thePlatformStopsAFullChargeWhenTheWalletIsSpent() {
        long member = system.bed.member(600);
        SimulatedPile pile = system.pile(3, SystemFixture.fast().build());

        OrderDetail started = system.start(member, pile, 1, "FULL", 0);
        OrderDetail settled = system.awaitState(started.order().orderId(), "SETTLED");

        assertThat(started.order().holdFen()).as("a full charge freezes the whole balance").isEqualTo(600);
        assertThat(settled.order().stopCause()).isEqualTo("BALANCE_EXHAUSTED");
        assertThat(settled.transitions()).extracting(OrderTransitionView::toState).contains("STOPPING");
        long charged = settled.order().amountFen();
        assertThat(charged).isGreaterThanOrEqualTo(600);
        // what the last samples ran past the balance is owed, never lost and never a negative balance
        assertThat(system.wallet(member).cashFen()).isZero();
        assertThat(system.wallet(member).arrearsFen()).isEqualTo(charged - 600);
        assertThat(system.reconcile().balanced()).isTrue();
        PlatformBed.await(pile.stop());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x41, 0x45, 0x6E, 0x72, 0x90, 0x91})
    void everyStopReasonThePileReportsIsMappedAndRecorded(int code) {
        long member = system.bed.member(50_000);
        SimulatedPile pile = system.pile(5, SystemFixture.fast().build());
        OrderDetail started = system.start(member, pile, 1, "FULL", 0);
        SystemFixture.eventually(Duration.ofSeconds(10), () -> pile.gun(1).energyDeciWh() > 0);

        PlatformBed.await(pile.gun(1).stopLocally(new StopReason(code)));
        OrderDetail settled = system.awaitState(started.order().orderId(), "SETTLED");

        assertThat(settled.order().stopReasonCode()).isEqualTo(code);
        assertThat(settled.order().stopReason()).isEqualTo(String.format("0x%02X %s", code, new StopReason(code).description()));
        assertThat(system.bed.row("SELECT stop_category FROM order_settlements WHERE order_id = ?", settled.order().orderId())
                .getString("stop_category")).isEqualTo(expectedCategory(code));
        PlatformBed.await(pile.stop());
    }

    @Test
    void aStartThePileNeverConfirmsFailsAfterTheTimeoutAndReleasesTheHold() {
        long member = system.bed.member(20_000);
        SimulatedPile pile = system.pile(6, SystemFixture.fast().build());
        PlatformBed.await(pile.misbehave().ignoreCommands(true));

        OrderDetail started = system.start(member, pile, 1, "FULL", 0);
        OrderDetail failed = system.awaitState(started.order().orderId(), "FAILED");

        assertThat(started.order().state()).isEqualTo("STARTING");
        assertThat(failed.order().stopReason()).isEqualTo("no start confirmation within " + SystemFixture.START_TIMEOUT_SECONDS
                + " s");
        assertThat(system.wallet(member)).satisfies(w -> {
            assertThat(w.heldFen()).isZero();
            assertThat(w.cashFen()).isEqualTo(20_000);
        });
        PlatformBed.await(pile.stop());
    }

    @Test
    void twoMembersStartingOneGunAtOnceGetOneSessionAndAClearError() {
        long first = system.bed.member(20_000);
        long second = system.bed.member(20_000);
        SimulatedPile pile = system.pile(4, SystemFixture.fast().build());
        String pileNo = pile.pileNo().toString();

        Future<Message<Object>> a = system.bed.vertx.eventBus().request(OrderAddresses.ORDERS_START,
                BusJson.toJson(new StartOrder(PlatformBed.TENANT, first, pileNo, 1, "FULL", 0, 0, 0)));
        Future<Message<Object>> b = system.bed.vertx.eventBus().request(OrderAddresses.ORDERS_START,
                BusJson.toJson(new StartOrder(PlatformBed.TENANT, second, pileNo, 1, "FULL", 0, 0, 0)));
        PlatformBed.await(Future.join(a, b).otherwiseEmpty());

        assertThat(List.of(a, b)).filteredOn(Future::succeeded).hasSize(1);
        Future<Message<Object>> lost = a.failed() ? a : b;
        assertThat(((ReplyException) lost.cause()).failureCode()).isEqualTo(ErrorCode.CONFLICT.busCode());
        assertThat(lost.cause()).hasMessageContaining("in use");
        long winner = a.succeeded() ? first : second;
        long loser = a.succeeded() ? second : first;
        assertThat(system.wallet(winner).heldFen()).isEqualTo(20_000);
        assertThat(system.wallet(loser).heldFen()).isZero();
        PlatformBed.await(pile.gun(1).stopLocally());
        PlatformBed.await(pile.stop());
    }

    @Test
    void aStartBeyondTheBalanceIsRefused() {
        long member = system.bed.member(50);
        SimulatedPile pile = system.pile(7, SystemFixture.fast().build());

        ReplyException refused = (ReplyException) PlatformBed.await(system.bed.vertx.eventBus()
                .request(OrderAddresses.ORDERS_START, BusJson.toJson(new StartOrder(PlatformBed.TENANT, member,
                        pile.pileNo().toString(), 1, "FULL", 0, 0, 0)))
                .transform(ar -> Future.succeededFuture(ar.cause())));

        assertThat(refused.failureCode()).isEqualTo(ErrorCode.PAYMENT_REQUIRED.busCode());
        assertThat(refused).hasMessageContaining("insufficient balance");
        assertThat(pile.framesReceived(FrameType.REMOTE_START)).isZero();
        PlatformBed.await(pile.stop());
    }

    @Test
    void aTopUpDuringASessionRaisesTheHoldAndTellsThePile() {
        long member = system.bed.member(20_000);
        SimulatedPile pile = system.pile(8, SystemFixture.fast().build());
        OrderDetail started = system.start(member, pile, 1, "FULL", 0);

        system.bed.request(OrderAddresses.WALLET_ADJUST, new WalletAdjustment(PlatformBed.TENANT, member, "CASH", 5_000,
                "top-up at the counter", "it", "topup-" + member));
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.BALANCE_UPDATE) >= 1, Duration.ofSeconds(10)));

        assertThat(system.order(started.order().orderId()).order().holdFen()).isEqualTo(25_000);
        assertThat(system.wallet(member).heldFen()).isEqualTo(25_000);
        PlatformBed.await(pile.gun(1).stopLocally());
        OrderDetail settled = system.awaitState(started.order().orderId(), "SETTLED");
        assertThat(system.wallet(member).cashFen()).isEqualTo(25_000 - settled.order().amountFen());
        assertThat(system.reconcile().balanced()).isTrue();
        PlatformBed.await(pile.stop());
    }

    private static String expectedCategory(int code) {
        if (code >= 0x40 && code <= 0x49) {
            return "COMPLETED";
        }
        if (code >= 0x6A && code <= 0x8F) {
            return "ABNORMAL_STOP";
        }
        return code == 0x90 ? "UNKNOWN" : "VENDOR";
    }

    private static OrderProgress progressOf(long orderId) {
        return system.feed.stream().filter(e -> e instanceof OrderProgress p && p.orderId() == orderId)
                .map(OrderProgress.class::cast).reduce((a, b) -> b).orElse(null);
    }

    private static long revenue() {
        return system.bed.count("SELECT COALESCE(SUM(balance_fen), 0) FROM ledger_accounts WHERE account_type = 'OPERATOR_REVENUE'");
    }
}
