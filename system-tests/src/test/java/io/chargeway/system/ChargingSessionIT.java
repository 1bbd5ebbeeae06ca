package io.chargeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderProgress;
import io.chargeway.contract.order.OrderTransitionView;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.contract.order.WalletView;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
                && progressOf(started.order().orderId()).energyDeciWh() > 0);
        assertThat(system.order(started.order().orderId()).progress()).isNotNull();
        system.bed.request(OrderAddresses.ORDERS_STOP, new StopOrder(PlatformBed.TENANT, started.order().orderId(), member));
        OrderDetail settled = system.awaitState(started.order().orderId(), "SETTLED");
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.TRANSACTION_CONFIRM) >= 1, Duration.ofSeconds(10)));

        assertThat(started.order().state()).isEqualTo("CHARGING");
        assertThat(started.order().holdFen()).isEqualTo(50_000);
        assertThat(settled.order().energyDeciWh()).isPositive();
        assertThat(settled.order().amountFen()).isPositive();
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

    private static OrderProgress progressOf(long orderId) {
        return system.feed.stream().filter(e -> e instanceof OrderProgress p && p.orderId() == orderId)
                .map(OrderProgress.class::cast).reduce((a, b) -> b).orElse(null);
    }

    private static long revenue() {
        return system.bed.count("SELECT COALESCE(SUM(balance_fen), 0) FROM ledger_accounts WHERE account_type = 'OPERATOR_REVENUE'");
    }
}
