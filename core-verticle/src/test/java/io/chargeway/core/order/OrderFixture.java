package io.chargeway.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.event.TierUsage;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.order.BindCredential;
import io.chargeway.contract.order.MemberView;
import io.chargeway.contract.order.OrderAddresses;
import io.chargeway.contract.order.ReconciliationReport;
import io.chargeway.contract.order.RegisterMember;
import io.chargeway.contract.order.WalletAdjustment;
import io.chargeway.contract.order.WalletQuery;
import io.chargeway.contract.order.WalletView;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.core.CoreFixture;
import io.chargeway.core.CoreVerticle;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;

/**
 * A core with the demo seed and short order timers on a new database, with helpers to register
 * and fund members, make piles look connected (the edge's Redis lease and gun state) and send
 * transaction records as the edge does. Blocking helpers: call them from the test thread.
 */
public final class OrderFixture {

    /** The start timeout the fixture configures (the 90 s rule, shortened; longer than the command timeout). */
    public static final int START_TIMEOUT_SECONDS = 4;
    /** The abnormal timeout the fixture configures. */
    public static final int ABNORMAL_AFTER_SECONDS = 2;
    /** The demo tenant. */
    public static final long TENANT = 1;

    public final CoreFixture core;
    public final String deploymentId;

    private OrderFixture(CoreFixture core, String deploymentId) {
        this.core = core;
        this.deploymentId = deploymentId;
    }

    /** Deploys a seeded core with short order timers on a new database. */
    public static OrderFixture deploy(Vertx vertx, String databasePrefix) {
        return deploy(vertx, config(databasePrefix));
    }

    /** Deploys a core with {@code config}. */
    public static OrderFixture deploy(Vertx vertx, JsonObject config) {
        String id = CoreFixture.await(vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config)));
        return new OrderFixture(CoreFixture.attach(vertx, config), id);
    }

    /** The configuration {@link #deploy(Vertx, String)} uses. */
    public static JsonObject config(String databasePrefix) {
        return SharedTestInfrastructure.configWithNewDatabase(databasePrefix)
                .put("core", new JsonObject().put("seedDemo", true).put("commandTimeoutSeconds", CoreFixture.COMMAND_TIMEOUT_SECONDS))
                .put("orders", new JsonObject().put("startTimeoutSeconds", START_TIMEOUT_SECONDS)
                        .put("abnormalAfterSeconds", ABNORMAL_AFTER_SECONDS).put("sweepIntervalMillis", 200)
                        .put("commandReplyTimeoutSeconds", 10).put("tariffPushRetrySeconds", 1));
    }

    /** Registers a member of the demo tenant with a fresh phone number. */
    public long member() {
        String phone = "138" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000));
        MemberView m = BusJson.fromJson(core.request(OrderAddresses.MEMBERS_REGISTER, new RegisterMember(TENANT, phone, "")),
                MemberView.class);
        return m.memberId();
    }

    /** Registers a member and credits {@code cashFen} and {@code giftFen}. */
    public long member(long cashFen, long giftFen) {
        long member = member();
        if (cashFen > 0) {
            adjust(member, "CASH", cashFen);
        }
        if (giftFen > 0) {
            adjust(member, "GIFT", giftFen);
        }
        return member;
    }

    /** An operator's adjustment with a fresh request id. */
    public WalletView adjust(long member, String balance, long amountFen) {
        return BusJson.fromJson(core.request(OrderAddresses.WALLET_ADJUST, new WalletAdjustment(TENANT, member, balance,
                amountFen, "test top-up", "tester", UUID.randomUUID().toString())), WalletView.class);
    }

    /** Binds a card. */
    public void bindCard(long member, String physical, String logical) {
        core.request(OrderAddresses.MEMBERS_BIND, new BindCredential(TENANT, member, "CARD", physical, logical, null));
    }

    /** A member's wallet. */
    public WalletView wallet(long member) {
        return BusJson.fromJson(core.request(OrderAddresses.WALLET_GET, new WalletQuery(TENANT, member)), WalletView.class);
    }

    /** Makes a pile look connected to edge node {@code node} with its gun idle, as the edge writes it. */
    public void online(String pileNo, int gun, String node) {
        CoreFixture.await(core.redis.send(Request.cmd(Command.SET).arg(RedisKeys.pileNode(pileNo)).arg(node)));
        CoreFixture.await(core.redis.send(Request.cmd(Command.HSET).arg(RedisKeys.gunState(pileNo, gun)).arg("status")
                .arg("IDLE").arg("plugged").arg("true")));
    }

    /** Sends a record as the edge does and answers the core's acknowledgement. */
    public TransactionAck send(TransactionRecorded record) {
        return BusJson.fromJson(core.request(Addresses.CORE_PILE_TRANSACTION, record), TransactionAck.class);
    }

    /** Runs the reconciliation over the bus. */
    public ReconciliationReport reconcile() {
        return BusJson.fromJson(core.request(OrderAddresses.LEDGER_RECONCILE, new JsonObject()), ReconciliationReport.class);
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

    /**
     * A record of {@code pileNo}, gun 1, with per-period energies (sharp, peak, flat, valley in
     * 0.0001 kWh), the pile's total amount and a stop reason.
     */
    public static TransactionRecorded record(String pileNo, String serial, long[] energies, long amountCentiFen,
                                             Instant start, Instant end, int stopCode, String card) {
        long total = energies[0] + energies[1] + energies[2] + energies[3];
        List<TierUsage> tiers = List.of(new TierUsage(200_000, energies[0], energies[0], 0),
                new TierUsage(180_000, energies[1], energies[1], 0), new TierUsage(130_000, energies[2], energies[2], 0),
                new TierUsage(70_000, energies[3], energies[3], 0));
        return new TransactionRecorded(pileNo, 0, 1, serial, start, end, tiers, 1_000_000, 1_000_000 + total, total, total,
                amountCentiFen, "", card == null ? "APP" : "OFFLINE_CARD", end, stopCode, "stop reason " + stopCode,
                card == null ? "0000000000000000" : card, end.plusSeconds(1));
    }
}
