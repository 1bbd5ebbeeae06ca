package io.chargeway.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.event.PileOffline;
import io.chargeway.contract.event.PileOnline;
import io.chargeway.contract.json.BusJson;
import io.chargeway.core.CoreFixture;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;

@ExtendWith(VertxExtension.class)
class PileEventsIT {

    private static CoreFixture core;

    @BeforeAll
    static void deploy(Vertx vertx) {
        core = CoreFixture.deploy(vertx, "events");
    }

    @Test
    void aMalformedEventIsDroppedWhileTheNextGoodOneIsStillPublished(VertxTestContext test) throws Exception {
        long droppedBefore = core.verticle.malformedEventCount();
        JsonObject good = BusJson.toJson(new GunStatusChanged("32010600019001", 1, 1, GunStatus.CHARGING, true, GunStatus.IDLE,
                Instant.parse("2026-11-22T08:00:00Z")));
        List<JsonObject> published = new CopyOnWriteArrayList<>();
        MessageConsumer<JsonObject> feed = core.vertx.eventBus().consumer(Addresses.FEED_PILE_EVENTS, message -> {
            published.add(message.body());
            test.verify(() -> {
                assertThat(published).containsExactly(good);
                assertThat(core.verticle.malformedEventCount()).isEqualTo(droppedBefore + 3);
            });
            test.completeNow();
        });
        CoreFixture.await(feed.completion());

        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, new JsonObject().put("type", "pile.nonsense").put("pileNo", "1"));
        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, "not even JSON");
        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, new JsonObject().put("type", "pile.gun-status").put("gun", "x"));
        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, good);

        assertThat(test.awaitCompletion(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        CoreFixture.await(feed.unregister());
    }

    @Test
    void anOnlineEventRecordsTheNodeBeforeItIsPublishedAndAnOfflineOneClearsIt(VertxTestContext test) throws Exception {
        Instant at = Instant.parse("2026-11-22T09:00:00.123Z");
        JsonObject online = BusJson.toJson(new PileOnline("32010600019002", 1, 1, "edge-a", "10.0.0.2:40000", 2, "V1.6", "1.0", at));
        JsonObject offline = BusJson.toJson(new PileOffline("32010600019002", 1, "edge-a", "HEARTBEAT_TIMEOUT", at.plusSeconds(60)));
        List<String> nodesSeen = new CopyOnWriteArrayList<>();
        MessageConsumer<JsonObject> feed = core.vertx.eventBus().consumer(Addresses.FEED_PILE_EVENTS, message -> {
            core.pool.preparedQuery("SELECT COALESCE(online_node, '-') AS node FROM piles WHERE pile_no = '32010600019002'")
                    .execute().onComplete(test.succeeding(rows -> {
                        nodesSeen.add(message.body().getString("type") + "@" + rows.iterator().next().getString("node"));
                        if (nodesSeen.size() == 1) {
                            core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, offline);
                        } else {
                            test.verify(() -> assertThat(nodesSeen).containsExactly("pile.online@edge-a", "pile.offline@-"));
                            test.completeNow();
                        }
                    }));
        });
        CoreFixture.await(feed.completion());

        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, online);

        assertThat(test.awaitCompletion(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        CoreFixture.await(feed.unregister());
        assertThat(core.row("SELECT last_seen_at FROM piles WHERE pile_no = '32010600019002'").getLocalDateTime(0))
                .isEqualTo("2026-11-22T09:01:00.123");
    }

    @Test
    void aLateOfflineFromAnOldNodeLeavesTheNewNodeInPlace() {
        Instant at = Instant.parse("2026-11-22T09:00:00Z");
        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS,
                BusJson.toJson(new PileOnline("32010600019003", 1, 1, "edge-new", "10.0.0.3:40000", 2, "V1.6", "1.0", at)));
        awaitNode("32010600019003", "edge-new");

        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS,
                BusJson.toJson(new PileOffline("32010600019003", 1, "edge-old", "REPLACED", at.plusSeconds(1))));
        core.vertx.eventBus().send(Addresses.CORE_PILE_EVENTS,
                BusJson.toJson(new PileOnline("32010600019004", 1, 1, "edge-marker", "10.0.0.4:40000", 2, "V1.6", "1.0", at)));
        awaitNode("32010600019004", "edge-marker");

        assertThat(core.row("SELECT online_node FROM piles WHERE pile_no = '32010600019003'").getString(0)).isEqualTo("edge-new");
    }

    private static void awaitNode(String pileNo, String node) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (core.count("SELECT COUNT(*) FROM piles WHERE pile_no = ? AND online_node = ?", pileNo, node) == 1) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("pile " + pileNo + " never showed node " + node);
    }
}
