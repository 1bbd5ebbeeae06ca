package io.chargeway.system;

import java.util.concurrent.atomic.AtomicLong;

import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderView;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.StopOrder;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;

/**
 * Runs complete sessions on one gun as a driver's app would: start from the platform
 * ({@code ORDERS_START}, the pile answers 0x33 and charges, sending live data), let it charge,
 * stop ({@code ORDERS_STOP}, 0x36/0x35), and wait until the pile has its 0x40 for the record.
 */
final class SessionDriver {

    private static final DeliveryOptions PATIENT = new DeliveryOptions().setSendTimeout(120_000);
    private static final long GIVE_UP_MILLIS = 120_000;

    private final Vertx vertx;
    private final RecordWatch records;
    private final long chargeMillis;
    private final AtomicLong failures = new AtomicLong();

    SessionDriver(Vertx vertx, RecordWatch records, long chargeMillis) {
        this.vertx = vertx;
        this.records = records;
        this.chargeMillis = chargeMillis;
    }

    /** One session on a gun; completes when its record is confirmed to the pile (or the session could not run). */
    Future<Void> session(BenchGun gun) {
        Promise<Void> done = Promise.promise();
        vertx.eventBus().<JsonObject>request(OrderAddresses.ORDERS_START, BusJson.toJson(new StartOrder(PlatformBed.TENANT,
                gun.memberId(), gun.pileNo(), gun.gun(), "FULL", 0, 0, 0)), PATIENT).onComplete(ar -> {
                    if (ar.failed()) {
                        failures.incrementAndGet();
                        vertx.setTimer(500, t -> done.complete());
                        return;
                    }
                    OrderView order = BusJson.fromJson(ar.result().body(), OrderView.class);
                    if (!"CHARGING".equals(order.state()) && !"STARTING".equals(order.state())) {
                        failures.incrementAndGet();
                        vertx.setTimer(500, t -> done.complete());
                        return;
                    }
                    records.onConfirmed(order.tradeSerial(), serial -> done.tryComplete());
                    vertx.setTimer(chargeMillis, t -> stop(order, done));
                    vertx.setTimer(chargeMillis + GIVE_UP_MILLIS, t -> {
                        if (done.tryComplete()) {
                            failures.incrementAndGet();
                        }
                    });
                });
        return done.future();
    }

    /** Starts a session and leaves it charging; completes when the platform answered (failures are counted). */
    Future<Void> startOnly(BenchGun gun) {
        return vertx.eventBus().<JsonObject>request(OrderAddresses.ORDERS_START, BusJson.toJson(new StartOrder(PlatformBed.TENANT,
                gun.memberId(), gun.pileNo(), gun.gun(), "FULL", 0, 0, 0)), PATIENT).transform(ar -> {
                    if (ar.failed()) {
                        failures.incrementAndGet();
                    }
                    return Future.succeededFuture();
                });
    }

    /** Sessions that did not run to a confirmed record (start refused or failed, stop failed, no 0x40 in time). */
    long failures() {
        return failures.get();
    }

    private void stop(OrderView order, Promise<Void> done) {
        vertx.eventBus().request(OrderAddresses.ORDERS_STOP, BusJson.toJson(new StopOrder(PlatformBed.TENANT, order.orderId(), 0)),
                PATIENT).onFailure(err -> {
                    failures.incrementAndGet();
                    done.tryComplete();
                });
    }

    /**
     * A gun the benchmark drives, with the member who pays for its sessions.
     *
     * @param pileNo   the pile
     * @param gun      the gun
     * @param memberId the member
     */
    record BenchGun(String pileNo, int gun, long memberId) {
    }
}
