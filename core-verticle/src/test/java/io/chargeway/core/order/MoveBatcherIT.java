package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.command.CommandResult;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderView;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.core.CoreFixture;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.TransactionRunner;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.sqlclient.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moves without money committed together ({@link MoveBatcher}): each move must come out exactly
 * as its own conditional update would, its history entry included, whether it shares a
 * transaction or runs alone. The pile's edge node here answers every command at once, so a rush
 * of starts and stops reaches the batcher together.
 */
@ExtendWith(VertxExtension.class)
class MoveBatcherIT {

    private static final String ANSWERING_NODE = "answering-edge";
    /** The guns of the rush. */
    private static final String[][] GUNS = {{"32010600019001", "1"}, {"32010600019001", "2"}, {"32010600019002", "1"},
        {"32010600019002", "2"}, {"32010600019003", "1"}, {"32010600019003", "2"}, {"32010600019004", "1"},
        {"32010600019004", "2"}};
    /** The guns of the batch with refused moves. */
    private static final String[][] OTHER_GUNS = {{"32010600019005", "1"}, {"32010600019005", "2"}, {"32010600019006", "1"},
        {"32010600019006", "2"}, {"32010600019007", "1"}, {"32010600019008", "1"}};
    private static OrderFixture orders;
    private static Vertx vertx;

    @BeforeAll
    static void deploy(Vertx v) {
        vertx = v;
        orders = OrderFixture.deploy(v, "move_batcher");
        MessageConsumer<Object> edge = v.eventBus().<Object>consumer(Addresses.edgeCommands(ANSWERING_NODE), message -> {
            JsonObject command = (JsonObject) message.body();
            message.reply(BusJson.toJson(new CommandResult(command.getString("pileNo"), command.getString("type"), "c", true, null,
                    Map.of(), 1)));
        });
        CoreFixture.await(edge.completion());
        for (String[][] guns : new String[][][] {GUNS, OTHER_GUNS}) {
            for (String[] g : guns) {
                orders.online(g[0], Integer.parseInt(g[1]), ANSWERING_NODE);
            }
        }
    }

    /** Redis is shared by the test JVM: the piles are connected to no node again for the next test class. */
    @AfterAll
    static void disconnect() {
        for (String[][] guns : new String[][][] {GUNS, OTHER_GUNS}) {
            for (String[] g : guns) {
                CoreFixture.await(orders.core.redis.send(Request.cmd(Command.DEL).arg(RedisKeys.pileNode(g[0]))));
            }
        }
    }

    @Test
    void aRushOfStartsAndStopsMovesEveryOrderOnceWithItsHistory() {
        List<Future<JsonObject>> starts = new ArrayList<>();
        for (String[] g : GUNS) {
            long member = orders.member(10_000, 0);
            starts.add(orders.core.vertx.eventBus().<JsonObject>request(OrderAddresses.ORDERS_START,
                    BusJson.toJson(new StartOrder(OrderFixture.TENANT, member, g[0], Integer.parseInt(g[1]), "FULL", 0, 0, 0)))
                    .map(m -> m.body()));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<JsonObject> f : starts) {
            OrderView started = BusJson.fromJson(CoreFixture.await(f), OrderView.class);
            assertThat(started.state()).isEqualTo("CHARGING");
            ids.add(started.orderId());
        }

        List<Future<JsonObject>> stops = new ArrayList<>();
        for (long id : ids) {
            stops.add(orders.core.vertx.eventBus().<JsonObject>request(OrderAddresses.ORDERS_STOP,
                    BusJson.toJson(new StopOrder(OrderFixture.TENANT, id, 0))).map(m -> m.body()));
        }
        for (Future<JsonObject> f : stops) {
            assertThat(BusJson.fromJson(CoreFixture.await(f), OrderView.class).state()).isEqualTo("STOPPING");
        }

        for (long id : ids) {
            Row row = orders.core.row("SELECT state, started_at, stopped_at, stop_cause, history FROM charge_orders WHERE id = ?", id);
            assertThat(row.getString("state")).isEqualTo("STOPPING");
            assertThat(row.getLocalDateTime("started_at")).isNotNull();
            assertThat(row.getLocalDateTime("stopped_at")).isNotNull();
            assertThat(row.getString("stop_cause")).isEqualTo("OPERATOR");
            JsonArray history = new JsonArray(row.getValue("history").toString());
            assertThat(history.stream().map(e -> ((JsonObject) e).getString("from") + "->" + ((JsonObject) e).getString("to")))
                    .containsExactly("null->STARTING", "STARTING->CHARGING", "CHARGING->STOPPING");
            assertThat(history.getJsonObject(2).getString("cause")).isEqualTo("stop requested: OPERATOR");
        }
    }

    @Test
    void inOneBatchAMoveFromAStateTheOrderLeftIsRefusedAndTheOthersMove() {
        List<Long> ids = new ArrayList<>();
        for (String[] g : OTHER_GUNS) {
            long member = orders.member(10_000, 0);
            OrderView started = BusJson.fromJson(orders.core.request(OrderAddresses.ORDERS_START, new StartOrder(OrderFixture.TENANT,
                    member, g[0], Integer.parseInt(g[1]), "FULL", 0, 0, 0)), OrderView.class);
            ids.add(started.orderId());
        }
        MoveBatcher batcher = new MoveBatcher(new TransactionRunner(vertx, orders.core.pool), 32, 1);
        Instant at = Instant.parse("2026-11-23T03:00:00.123Z");
        Promise<List<Boolean>> answers = Promise.promise();
        vertx.runOnContext(v -> {
            List<Future<Boolean>> moves = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                // orders 1 and 3 are CHARGING, not STARTING: those moves must be refused; order 0 is asked twice
                OrderState from = i == 1 || i == 3 ? OrderState.STARTING : OrderState.CHARGING;
                moves.add(batcher.submit(ids.get(i), from, OrderChange.to(OrderState.AWAITING_RECORD, "gun reports IDLE", at)
                        .stopped()));
            }
            moves.add(batcher.submit(ids.get(0), OrderState.CHARGING, OrderChange.to(OrderState.AWAITING_RECORD, "again", at)));
            Future.join(moves).onComplete(ar -> answers.complete(moves.stream().map(Future::result).toList()));
        });

        assertThat(CoreFixture.await(answers.future())).containsExactly(true, false, true, false, true, true, false);
        for (int i = 0; i < ids.size(); i++) {
            Row row = orders.core.row("SELECT state, stopped_at, history FROM charge_orders WHERE id = ?", ids.get(i));
            boolean moved = i != 1 && i != 3;
            assertThat(row.getString("state")).isEqualTo(moved ? "AWAITING_RECORD" : "CHARGING");
            JsonArray history = new JsonArray(row.getValue("history").toString());
            assertThat(history.size()).isEqualTo(moved ? 3 : 2);
            if (moved) {
                assertThat(history.getJsonObject(2).getMap()).containsEntry("from", "CHARGING").containsEntry("to", "AWAITING_RECORD")
                        .containsEntry("cause", "gun reports IDLE").containsEntry("at", HistoryTime.format(at));
                assertThat(row.getLocalDateTime("stopped_at")).isEqualTo(UtcDateTimes.toColumn(at));
            }
        }
    }
}
