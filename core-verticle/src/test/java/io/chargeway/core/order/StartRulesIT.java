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

    /**
     * A rush of starts shares opening transactions ({@link OpeningBatcher}); each start must come
     * out exactly as it would alone: a poor member and a member's second start refused for the
     * balance, one of two starts on one gun refused as busy, every other order opened with its hold.
     */
    @Test
    void aRushOfStartsOpensEachAsItWouldAlone() {
        String[][] guns = {{"32010600019001", "1"}, {"32010600019001", "2"}, {"32010600019002", "1"}, {"32010600019002", "2"},
            {"32010600019003", "1"}, {"32010600019003", "2"}, {"32010600019004", "1"}, {"32010600019006", "2"},
            {"32010600019007", "1"}, {"32010600019008", "1"}};
        for (String[] g : guns) {
            orders.online(g[0], Integer.parseInt(g[1]), SILENT_NODE);
        }
        long[] members = new long[10];
        for (int i = 0; i < 10; i++) {
            members[i] = orders.member(i == 9 ? 50 : 10_000, 0);
        }
        members[7] = members[6]; // one member starts two guns: the first start holds everything
        // and guns[8] is wanted by member 8 and by a contender
        long contender = orders.member(10_000, 0);
        List<Future<Message<Object>>> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            replies.add(start(members[i], guns[i]));
        }
        replies.add(start(contender, guns[8]));
        CoreFixture.await(Future.join(new java.util.ArrayList<>(replies)).otherwiseEmpty());

        for (int i : new int[] {0, 1, 2, 3, 4, 5}) {
            assertThat(replies.get(i).succeeded()).as("start %d", i).isTrue();
            assertThat(BusJson.fromJson((JsonObject) replies.get(i).result().body(), OrderView.class).holdFen()).isEqualTo(10_000);
        }
        assertThat(List.of(replies.get(6), replies.get(7))).as("one member, two guns").filteredOn(Future::succeeded).hasSize(1);
        Future<Message<Object>> second = replies.get(6).failed() ? replies.get(6) : replies.get(7);
        assertThat(failureCode(second)).isEqualTo(ErrorCode.PAYMENT_REQUIRED.busCode());
        assertThat(List.of(replies.get(8), replies.get(10))).as("two members, one gun").filteredOn(Future::succeeded).hasSize(1);
        Future<Message<Object>> lost = replies.get(8).failed() ? replies.get(8) : replies.get(10);
        assertThat(failureCode(lost)).isEqualTo(ErrorCode.CONFLICT.busCode());
        assertThat(failureCode(replies.get(9))).as("poor member").isEqualTo(ErrorCode.PAYMENT_REQUIRED.busCode());
        assertThat(orders.core.count("SELECT COUNT(*) FROM charge_orders WHERE member_id IN (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                members[0], members[1], members[2], members[3], members[4], members[5], members[6], members[8], members[9],
                contender)).isEqualTo(8);
        assertThat(orders.core.count("SELECT COUNT(DISTINCT id) FROM charge_orders WHERE pile_no = '32010600019007'")).isEqualTo(1);
        assertThat(orders.wallet(members[9]).heldFen()).isZero();
        assertThat(orders.reconcile().balanced()).isTrue();
    }

    private static Future<Message<Object>> start(long member, String[] gun) {
        return orders.core.vertx.eventBus().request(OrderAddresses.ORDERS_START, BusJson.toJson(new StartOrder(OrderFixture.TENANT,
                member, gun[0], Integer.parseInt(gun[1]), "FULL", 0, 0, 0)));
    }

    private static int failureCode(Future<Message<Object>> reply) {
        return ((io.vertx.core.eventbus.ReplyException) reply.cause()).failureCode();
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
