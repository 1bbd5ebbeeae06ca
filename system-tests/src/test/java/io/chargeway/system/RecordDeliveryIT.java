package io.chargeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.chargeway.contract.order.OrderDetail;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The transaction record (0x3B) is confirmed (0x40) only after the settlement committed, and
 * settled exactly once whatever the pile re-sends and whatever happens to the core in between.
 * To hold a settlement inside its transaction, the test locks the paying member's accounts in a
 * transaction of its own: the core's settlement then waits there, after reading and locking the
 * order and before anything is committed.
 */
@ExtendWith(VertxExtension.class)
class RecordDeliveryIT {

    private static SystemFixture system;

    @BeforeAll
    static void start(Vertx vertx) {
        system = SystemFixture.start(vertx, "delivery");
    }

    @Test
    void aRecordTheCoreCannotConfirmIsReSentFiveTimesAndSettledOnce() {
        long member = system.bed.member(30_000);
        SimulatedPile pile = system.pile(2, SystemFixture.fast().build());
        OrderDetail order = system.start(member, pile, 1, "FULL", 0);
        SystemFixture.eventually(Duration.ofSeconds(10), () -> pile.gun(1).energyDeciWh() > 10_000);

        Held lock = lockMember(member);
        PlatformBed.await(pile.gun(1).stopLocally());
        PlatformBed.await(pile.await(p -> p.framesSent(FrameType.TRANSACTION_RECORD) >= 5, Duration.ofSeconds(30)));
        int confirmsWhileHeld = pile.framesReceived(FrameType.TRANSACTION_CONFIRM);
        long settlementsWhileHeld = settlements(order);
        lock.release();
        OrderDetail settled = system.awaitState(order.order().orderId(), "SETTLED");
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.TRANSACTION_CONFIRM) >= 1, Duration.ofSeconds(15)));
        SystemFixture.eventually(Duration.ofSeconds(10), () -> PlatformBed.await(pile.pendingRecords()).isEmpty());

        assertThat(confirmsWhileHeld).as("no 0x40 before the commit").isZero();
        assertThat(settled.order().amountFen()).isPositive();
        assertThat(settlementsWhileHeld).isZero();
        assertThat(settlements(order)).isEqualTo(1);
        assertThat(system.bed.count("SELECT COUNT(*) FROM ledger_journals WHERE kind = 'SETTLEMENT' AND reference = ?",
                order.order().tradeSerial())).isEqualTo(1);
        assertThat(system.bed.count("SELECT COUNT(*) FROM charge_orders WHERE trade_serial = ?", order.order().tradeSerial()))
                .isEqualTo(1);
        assertThat(system.wallet(member).cashFen()).isEqualTo(30_000 - settled.order().amountFen());
        assertThat(system.reconcile().balanced()).isTrue();
        PlatformBed.await(pile.stop());
    }

    @Test
    void aCoreStoppedBeforeItsCommitSettlesTheReSentRecordOnceAfterItsRestart() {
        long member = system.bed.member(30_000);
        SimulatedPile pile = system.pile(3, SystemFixture.fast().build());
        OrderDetail order = system.start(member, pile, 1, "FULL", 0);
        SystemFixture.eventually(Duration.ofSeconds(10), () -> pile.gun(1).energyDeciWh() > 10_000);

        Held lock = lockMember(member);
        PlatformBed.await(pile.gun(1).stopLocally());
        PlatformBed.await(pile.await(p -> p.framesSent(FrameType.TRANSACTION_RECORD) >= 2, Duration.ofSeconds(30)));
        system.bed.stopCore();
        lock.release();
        PlatformBed.await(pile.await(p -> p.framesSent(FrameType.TRANSACTION_RECORD) >= 4, Duration.ofSeconds(30)));
        int confirmsWhileDown = pile.framesReceived(FrameType.TRANSACTION_CONFIRM);
        long settlementsWhileDown = settlements(order);
        system.bed.startCore();
        OrderDetail settled = system.awaitState(order.order().orderId(), "SETTLED");
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.TRANSACTION_CONFIRM) >= 1, Duration.ofSeconds(15)));

        assertThat(confirmsWhileDown).as("no 0x40 for a record the stopped core never committed").isZero();
        assertThat(settled.order().amountFen()).isPositive();
        assertThat(settlementsWhileDown).isZero();
        assertThat(settlements(order)).isEqualTo(1);
        assertThat(system.bed.count("SELECT COUNT(*) FROM ledger_journals WHERE kind = 'SETTLEMENT' AND reference = ?",
                order.order().tradeSerial())).isEqualTo(1);
        assertThat(system.wallet(member).cashFen()).isEqualTo(30_000 - settled.order().amountFen());
        assertThat(system.wallet(member).heldFen()).isZero();
        assertThat(system.reconcile().balanced()).isTrue();
        PlatformBed.await(pile.stop());
    }

    private static long settlements(OrderDetail order) {
        return system.bed.count("SELECT COUNT(*) FROM order_settlements WHERE trade_serial = ?", order.order().tradeSerial());
    }

    /** Locks a member's four accounts in a transaction of the test's own, until released. */
    private static Held lockMember(long member) {
        SqlConnection conn = PlatformBed.await(system.bed.pool.getConnection());
        Transaction tx = PlatformBed.await(conn.begin());
        PlatformBed.await(conn.preparedQuery("SELECT id FROM ledger_accounts WHERE owner_id = ? AND account_type LIKE 'MEMBER_%'"
                + " FOR UPDATE").execute(Tuple.of(member)));
        return new Held(conn, tx);
    }

    /** A lock the test holds. */
    private record Held(SqlConnection conn, Transaction tx) {
        void release() {
            PlatformBed.await(tx.rollback());
            PlatformBed.await(conn.close());
        }
    }
}
