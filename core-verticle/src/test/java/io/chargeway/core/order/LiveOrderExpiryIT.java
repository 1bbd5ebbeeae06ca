package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderProgress;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.OrderView;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.junit5.VertxExtension;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A running order's live hash in Redis: every sample rewrites its progress (which the order's
 * detail then shows), and its expiry is renewed by the first sample of each quarter of the time to
 * live, not by every sample (the
 * configured time to live here is the default, one day, so a quarter is six hours).
 */
@ExtendWith(VertxExtension.class)
class LiveOrderExpiryIT {

    private static final String PILE = "32010600019008";
    private static final String NODE = "expiry-edge";
    private static final long DAY_SECONDS = 86_400;
    private static OrderFixture orders;

    @BeforeAll
    static void deploy(Vertx vertx) {
        orders = OrderFixture.deploy(vertx, "liveexpiry");
        MessageConsumer<Object> quiet = vertx.eventBus().consumer(Addresses.edgeCommands(NODE), message -> { });
        CoreFixture.await(quiet.completion());
    }

    @Test
    void samplesRewriteProgressAndRenewTheExpiryOncePerQuarterOfItsTimeToLive() {
        long member = orders.member(50_000, 0);
        orders.online(PILE, 1, NODE);
        OrderView order = BusJson.fromJson(orders.core.request(OrderAddresses.ORDERS_START, new StartOrder(OrderFixture.TENANT,
                member, PILE, 1, "FULL", 0, 0, 0)), OrderView.class);
        String key = LiveOrderCache.key(order.tradeSerial());
        // a sample time early in a six-hour quarter, so that the next one, a minute on, stays inside it
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(1)).plusSeconds(60);

        sample(order.tradeSerial(), start, 100);
        OrderFixture.eventually(Duration.ofSeconds(5), () -> "100".equals(field(key, "energy")));
        long afterFirst = ttl(key);
        CoreFixture.await(orders.core.redis.send(Request.cmd(Command.EXPIRE).arg(key).arg(600)));

        sample(order.tradeSerial(), start.plusSeconds(60), 200);
        OrderFixture.eventually(Duration.ofSeconds(5), () -> "200".equals(field(key, "energy")));
        long sameQuarter = ttl(key);

        sample(order.tradeSerial(), start.plus(Duration.ofHours(6)), 300);
        OrderFixture.eventually(Duration.ofSeconds(5), () -> "300".equals(field(key, "energy")));
        long nextQuarter = ttl(key);

        assertThat(afterFirst).isBetween(DAY_SECONDS - 60, DAY_SECONDS);
        assertThat(sameQuarter).as("a sample in the same quarter keeps the expiry").isBetween(1L, 600L);
        assertThat(nextQuarter).as("the first sample of a new quarter renews it").isBetween(DAY_SECONDS - 60, DAY_SECONDS);
        OrderProgress progress = BusJson.fromJson(orders.core.request(OrderAddresses.ORDERS_GET, new OrderQuery(OrderFixture.TENANT,
                order.orderId(), null)), OrderDetail.class).progress();
        assertThat(progress).isEqualTo(new OrderProgress(order.orderId(), order.tradeSerial(), OrderFixture.TENANT, member, PILE, 1,
                300, progress.amountFen(), 0, 3800, 1200, 40, 0, 60, order.holdFen(), start.plus(Duration.ofHours(6))));
    }

    private static void sample(String serial, Instant at, long energyDeciWh) {
        orders.core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(new LiveSample(PILE, 1, 1, serial,
                GunStatus.CHARGING, true, "NO", 3800, 1200, 30, 40, 25, 0, 60, energyDeciWh, energyDeciWh, 1, List.of(), at)));
    }

    private static String field(String key, String field) {
        var value = CoreFixture.await(orders.core.redis.send(Request.cmd(Command.HGET).arg(key).arg(field)));
        return value == null ? null : value.toString();
    }

    private static long ttl(String key) {
        return CoreFixture.await(orders.core.redis.send(Request.cmd(Command.TTL).arg(key))).toLong();
    }
}
