package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.OrderView;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.WalletView;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of a platform start that hold before any pile answers: balance, arrears, the gun's
 * running order, and the start timeout. The pile's edge node here is a bus consumer that never
 * answers, as an edge node that lost its pile mid-command would behave.
 */
@ExtendWith(VertxExtension.class)
class StartRulesIT {

    private static final String SILENT_NODE = "silent-edge";
    private static OrderFixture orders;

    @BeforeAll
    static void deploy(Vertx vertx) {
        orders = OrderFixture.deploy(vertx, "start_rules");
        MessageConsumer<Object> silent = vertx.eventBus().consumer(Addresses.edgeCommands(SILENT_NODE), message -> { });
        CoreFixture.await(silent.completion());
    }

    @Test
    void aStartBeyondTheBalanceIsRefusedAndFreezesNothing() {
        long member = orders.member(5000, 0);
        orders.online("32010600019004", 1, SILENT_NODE);

        int code = orders.core.requestFailure(OrderAddresses.ORDERS_START, new StartOrder(OrderFixture.TENANT, member,
                "32010600019004", 1, "AMOUNT", 5001, 0, 0)).failureCode();

        assertThat(code).isEqualTo(ErrorCode.PAYMENT_REQUIRED.busCode());
        assertThat(orders.wallet(member).heldFen()).isZero();
        assertThat(orders.core.count("SELECT COUNT(*) FROM charge_orders WHERE member_id = ?", member)).isZero();
    }

    @Test
    void aMemberWithArrearsCannotStart() {
        long member = orders.member(10_000, 0);
        orders.core.sql("UPDATE ledger_accounts SET balance_fen = -10 WHERE owner_id = ? AND account_type = 'MEMBER_ARREARS'",
                member);
        orders.online("32010600019004", 2, SILENT_NODE);

        var failure = orders.core.requestFailure(OrderAddresses.ORDERS_START, new StartOrder(OrderFixture.TENANT, member,
                "32010600019004", 2, "FULL", 0, 0, 0));
        orders.core.sql("UPDATE ledger_accounts SET balance_fen = 0 WHERE owner_id = ? AND account_type = 'MEMBER_ARREARS'",
                member);

        assertThat(failure.failureCode()).isEqualTo(ErrorCode.PAYMENT_REQUIRED.busCode());
        assertThat(failure.getMessage()).contains("owes 10 fen");
    }

    @Test
    void aPileWithoutAConnectionIsOffline() {
        long member = orders.member(10_000, 0);

        int code = orders.core.requestFailure(OrderAddresses.ORDERS_START, new StartOrder(OrderFixture.TENANT, member,
                "32010600019010", 1, "FULL", 0, 0, 0)).failureCode();

        assertThat(code).isEqualTo(ErrorCode.PILE_OFFLINE.busCode());
    }

    @Test
    void twoMembersStartingTheSameGunAtOnceMakeOneOrder() {
        long first = orders.member(10_000, 0);
        long second = orders.member(10_000, 0);
        orders.online("32010600019005", 1, SILENT_NODE);

        Future<Message<Object>> a = orders.core.vertx.eventBus().request(OrderAddresses.ORDERS_START,
                BusJson.toJson(new StartOrder(OrderFixture.TENANT, first, "32010600019005", 1, "FULL", 0, 0, 0)));
        Future<Message<Object>> b = orders.core.vertx.eventBus().request(OrderAddresses.ORDERS_START,
                BusJson.toJson(new StartOrder(OrderFixture.TENANT, second, "32010600019005", 1, "FULL", 0, 0, 0)));
        CoreFixture.await(Future.join(a, b).otherwiseEmpty());

        List<Future<Message<Object>>> both = List.of(a, b);
        assertThat(both).filteredOn(Future::succeeded).hasSize(1);
        Future<Message<Object>> lost = both.stream().filter(Future::failed).findFirst().orElseThrow();
        assertThat(((io.vertx.core.eventbus.ReplyException) lost.cause()).failureCode()).isEqualTo(ErrorCode.CONFLICT.busCode());
        assertThat(orders.core.count("SELECT COUNT(*) FROM charge_orders WHERE pile_no = '32010600019005'")).isEqualTo(1);
        long loser = a.failed() ? first : second;
        assertThat(orders.wallet(loser).heldFen()).isZero();
    }

    @Test
    void aStartNeverConfirmedFailsAfterTheTimeoutAndReleasesTheHold() {
        long member = orders.member(8000, 2000);
        orders.online("32010600019006", 1, SILENT_NODE);

        OrderView started = BusJson.fromJson(orders.core.request(OrderAddresses.ORDERS_START, new StartOrder(OrderFixture.TENANT,
                member, "32010600019006", 1, "FULL", 0, 0, 0)), OrderView.class);

        assertThat(started.state()).isEqualTo("STARTING");
        assertThat(started.holdFen()).isEqualTo(10_000);
        OrderFixture.eventually(Duration.ofSeconds(10), () -> "FAILED".equals(detail(started.orderId()).order().state()));
        OrderDetail failed = detail(started.orderId());
        assertThat(failed.order().holdFen()).isZero();
        assertThat(failed.order().stopReason()).isEqualTo("no start confirmation within " + OrderFixture.START_TIMEOUT_SECONDS
                + " s");
        assertThat(failed.transitions()).extracting(t -> t.fromState() + ">" + t.toState())
                .containsExactly("null>STARTING", "STARTING>FAILED");
        WalletView wallet = orders.wallet(member);
        assertThat(wallet.heldFen()).isZero();
        assertThat(wallet.cashFen()).isEqualTo(8000);
        assertThat(wallet.giftFen()).isEqualTo(2000);
        assertThat(orders.reconcile().balanced()).isTrue();
    }

    private static OrderDetail detail(long orderId) {
        JsonObject json = orders.core.request(OrderAddresses.ORDERS_GET, new OrderQuery(OrderFixture.TENANT, orderId, null));
        return BusJson.fromJson(json, OrderDetail.class);
    }
}
