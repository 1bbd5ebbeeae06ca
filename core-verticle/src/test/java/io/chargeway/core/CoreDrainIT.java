package io.chargeway.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.SqlConnection;

/**
 * A stopping core answers the requests it already received before it closes its database: the
 * test holds a table lock so that a login request is stuck in the database, stops the core, and
 * only then releases the lock. The same holds for the orders feature's own connections.
 */
@ExtendWith(VertxExtension.class)
class CoreDrainIT {

    private static final String PILE_NO = "32010600019001";

    @Test
    void aRequestInFlightWhenTheCoreStopsStillGetsItsAnswerAndTheStopWaitsForIt(Vertx vertx) throws Exception {
        CoreFixture core = deploy(vertx, "drain_answer", 10);
        String deployment = vertx.deploymentIDs().iterator().next();
        SqlConnection locker = CoreFixture.await(core.pool.getConnection());
        CoreFixture.await(locker.query("LOCK TABLES piles WRITE").execute());
        Future<Message<JsonObject>> answer = vertx.eventBus().request(Addresses.CORE_PILE_LOGIN, login());
        awaitLockWaiters(core);

        Future<Void> stopped = vertx.undeploy(deployment);
        Thread.sleep(500);
        assertThat(stopped.isComplete()).as("the stop waits for the request in flight").isFalse();
        CoreFixture.await(locker.query("UNLOCK TABLES").execute());
        long released = System.nanoTime();

        assertThat(CoreFixture.await(answer).body().getBoolean("accepted")).isTrue();
        CoreFixture.await(stopped);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - released)).as("stopped once answered, not after the 10 s drain time")
                .isLessThan(5_000L);
        assertThat(vertx.deploymentIDs()).isEmpty();
        CoreFixture.await(locker.close());
    }

    @Test
    void aRequestStuckLongerThanTheDrainTimeDoesNotHoldTheStop(Vertx vertx) throws Exception {
        CoreFixture core = deploy(vertx, "drain_bounded", 1);
        String deployment = vertx.deploymentIDs().iterator().next();
        SqlConnection locker = CoreFixture.await(core.pool.getConnection());
        CoreFixture.await(locker.query("LOCK TABLES piles WRITE").execute());
        Future<Message<JsonObject>> answer = vertx.eventBus().request(Addresses.CORE_PILE_LOGIN, login());
        awaitLockWaiters(core);
        long started = System.nanoTime();

        CoreFixture.await(vertx.undeploy(deployment));

        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(millis).as("stopped after the 1 s drain time").isBetween(900L, 8_000L);
        assertThat(CoreFixture.failureOf(answer)).isInstanceOf(ReplyException.class);
        CoreFixture.await(locker.query("UNLOCK TABLES").execute());
        CoreFixture.await(locker.close());
    }

    @Test
    void orderWorkOfAPileEventUnderWayWhenTheCoreStopsIsWaitedFor(Vertx vertx) throws Exception {
        CoreFixture core = deploy(vertx, "drain_orders", 10);
        String deployment = vertx.deploymentIDs().iterator().next();
        SqlConnection locker = CoreFixture.await(core.pool.getConnection());
        CoreFixture.await(locker.query("LOCK TABLES charge_orders WRITE").execute());
        // charging ended: the orders feature moves the gun's order, and is stuck behind the lock
        vertx.eventBus().send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(new GunStatusChanged(PILE_NO, 1, 1, GunStatus.IDLE, true,
                GunStatus.CHARGING, Instant.now())));
        awaitLockWaiters(core);

        Future<Void> stopped = vertx.undeploy(deployment);
        Thread.sleep(500);
        assertThat(stopped.isComplete()).as("the stop waits for the orders feature's database work").isFalse();
        CoreFixture.await(locker.query("UNLOCK TABLES").execute());

        CoreFixture.await(stopped);
        assertThat(vertx.deploymentIDs()).isEmpty();
        CoreFixture.await(locker.close());
    }

    private static CoreFixture deploy(Vertx vertx, String database, int drainSeconds) {
        JsonObject config = SharedTestInfrastructure.configWithNewDatabase(database)
                .put("core", new JsonObject().put("seedDemo", true).put("drainSeconds", drainSeconds));
        CoreFixture.await(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config)));
        return CoreFixture.attach(vertx, config);
    }

    private static JsonObject login() {
        return BusJson.toJson(new PileLoginRequest(PILE_NO, "edge-drain", "127.0.0.1:50000", true, 2, "V1.6", "SIM-1.0", null));
    }

    /** Waits until some session waits for the test's table lock (the core's lookup is stuck). */
    private static void awaitLockWaiters(CoreFixture core) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (core.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE 'Waiting for table%'") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the core's login lookup never waited for the table lock");
    }
}
