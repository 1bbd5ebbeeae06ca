package io.chargeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderEvent;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.contract.order.ReconciliationReport;
import io.chargeway.contract.order.StartOrder;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.order.WalletView;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.chargeway.sim.Backoff;
import io.chargeway.sim.PileIdentity;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.PileTarget;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * The platform in one Vert.x ({@link PlatformBed}) on a fresh database of the shared embedded
 * MariaDB, with short order timers, simulated demo piles and a recording of the order feed.
 */
public final class SystemFixture {

    /** The start timeout (the 90 s rule, shortened). */
    public static final int START_TIMEOUT_SECONDS = 6;
    /** The edge's command timeout. */
    public static final int EDGE_COMMAND_TIMEOUT_SECONDS = 3;

    public final PlatformBed bed;
    public final List<OrderEvent> feed = new CopyOnWriteArrayList<>();

    private SystemFixture(PlatformBed bed) {
        this.bed = bed;
        bed.vertx.eventBus().<JsonObject>consumer(OrderAddresses.FEED_ORDERS,
                m -> feed.add(BusJson.fromJson(m.body(), OrderEvent.class)));
    }

    /** Starts the platform on a new database named after {@code name}. */
    public static SystemFixture start(Vertx vertx, String name) {
        JsonObject orders = new JsonObject().put("startTimeoutSeconds", START_TIMEOUT_SECONDS).put("abnormalAfterSeconds", 30)
                .put("sweepIntervalMillis", 200).put("tariffPushRetrySeconds", 1);
        JsonObject edge = new JsonObject().put("commandTimeoutSeconds", EDGE_COMMAND_TIMEOUT_SECONDS);
        return new SystemFixture(PlatformBed.start(vertx, SharedTestInfrastructure.configWithNewDatabase(name), orders, edge,
                EDGE_COMMAND_TIMEOUT_SECONDS + 2));
    }

    /**
     * Simulator settings for tests: quick heartbeats, live data and record re-sends, and guns that
     * deliver 1 kWh (DC) or 0.1 kWh (AC) per second so that seconds of charging cost whole yuan.
     */
    public static PileSettings.Builder fast() {
        return PileSettings.builder().heartbeatInterval(Duration.ofSeconds(1)).backoff(new Backoff(200, 1000, 0))
                .liveChargingInterval(Duration.ofMillis(300)).recordResendInterval(Duration.ofMillis(500))
                .power(3_600_000, 360_000);
    }

    /** Demo pile {@code index} (1..6 DC with two guns, 7..10 AC with one), started and logged in. */
    public SimulatedPile pile(int index, PileSettings settings) {
        String pileNo = String.format("32010600019%03d", index);
        PileIdentity identity = index <= 6 ? PileIdentity.dc(pileNo, 2) : PileIdentity.ac(pileNo, 1);
        SimulatedPile pile = SimulatedPile.create(bed.vertx, PileTarget.of("127.0.0.1", bed.pilePort()), identity, settings);
        PlatformBed.await(pile.start());
        PlatformBed.await(pile.awaitLoggedIn());
        // the pile's clock is set by the time sync after login; a session metered across it would span the correction
        PlatformBed.await(pile.await(p -> p.framesReceived(FrameType.TIME_SYNC) >= 1, Duration.ofSeconds(15)));
        bed.awaitOnline(pileNo);
        return pile;
    }

    /** Starts a session from the platform and answers the order. */
    public OrderDetail start(long member, SimulatedPile pile, int gun, String mode, long amountLimitFen) {
        JsonObject view = bed.request(OrderAddresses.ORDERS_START, new StartOrder(PlatformBed.TENANT, member,
                pile.pileNo().toString(), gun, mode, amountLimitFen, 0, 0));
        return order(view.getLong("orderId"));
    }

    /** An order with its transitions. */
    public OrderDetail order(long orderId) {
        return BusJson.fromJson(bed.request(OrderAddresses.ORDERS_GET, new OrderQuery(PlatformBed.TENANT, orderId, null)),
                OrderDetail.class);
    }

    /** Waits until the order is in {@code state}. */
    public OrderDetail awaitState(long orderId, String state) {
        eventually(Duration.ofSeconds(30), () -> state.equals(order(orderId).order().state()));
        return order(orderId);
    }

    /** A member's wallet. */
    public WalletView wallet(long member) {
        return BusJson.fromJson(bed.request(OrderAddresses.WALLET_GET, new WalletQuery(PlatformBed.TENANT, member)),
                WalletView.class);
    }

    /** The ledger check. */
    public ReconciliationReport reconcile() {
        return BusJson.fromJson(bed.request(OrderAddresses.LEDGER_RECONCILE, new JsonObject()), ReconciliationReport.class);
    }

    /** Waits up to {@code timeout} for {@code condition}, checking every 50 ms. */
    public static void eventually(Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + timeout).isLessThan(end);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
