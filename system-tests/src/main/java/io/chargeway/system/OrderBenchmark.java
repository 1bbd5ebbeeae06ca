package io.chargeway.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.chargeway.contract.order.ReconciliationReport;
import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.ledger.LedgerReconciliation;
import io.chargeway.infra.embedded.EmbeddedMariaDb;
import io.chargeway.infra.embedded.EmbeddedRedis;
import io.chargeway.sim.Backoff;
import io.chargeway.sim.GunStatus;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.SimulatedPile;
import io.chargeway.sim.fleet.FleetOptions;
import io.chargeway.sim.fleet.SimulatorFleet;
import io.chargeway.system.SessionDriver.BenchGun;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import org.HdrHistogram.Histogram;

/**
 * The order benchmark ({@code scripts/bench-orders.sh}): simulated piles run complete sessions
 * end to end (platform start 0x34/0x33 -> live data 0x13 -> stop 0x36/0x35 -> record 0x3B ->
 * settled -> 0x40) against core and edge in one JVM on embedded MariaDB and Redis, as the
 * {@code all} role runs them.
 *
 * <ol>
 *   <li><b>Sustained</b>: every gun runs sessions back to back for {@code --seconds}; prints records
 *       settled (0x40 received by the piles) per second.</li>
 *   <li><b>Record bursts</b>: every gun gets a session, then all piles end their sessions at once;
 *       prints records settled per second over the bursts (how fast a flood of 0x3B is settled).</li>
 *   <li><b>Paced</b>: sessions are started at {@code --rate} per second for {@code --paced-seconds};
 *       prints the time from the pile sending 0x3B to receiving 0x40 (p50, p99, max).</li>
 *   <li>The ledger reconciliation runs last.</li>
 * </ol>
 * Options: {@code --piles N} (default 2000), {@code --seconds S} (60), {@code --rate R} (200),
 * {@code --paced-seconds S} (20), {@code --charge-millis M} (2000), {@code --live-millis M} (1000), {@code --bursts N} (3),
 * {@code --dir D}. Piles heartbeat every 60 s, DC piles send no BMS frames.
 */
public final class OrderBenchmark {

    private final BenchArgs args;

    private OrderBenchmark(BenchArgs args) {
        this.args = args;
    }

    /** Runs the benchmark and prints the figures. */
    public static void main(String[] argv) throws Exception {
        new OrderBenchmark(BenchArgs.parse(argv)).run();
    }

    private void run() throws Exception {
        Path dir = Path.of(args.dir());
        deleteRecursively(dir.resolve("mariadb").resolve("data"));
        deleteRecursively(dir.resolve("redis"));
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "machine: %d cores, %d MB heap max, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1 << 20), System.getProperty("java.version"));
        try (EmbeddedRedis redis = EmbeddedRedis.start(dir, 0);
             EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(dir, 0, "chargeway")) {
            Vertx platform = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setPreferNativeTransport(true));
            Vertx piles = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(true));
            System.out.printf(Locale.ROOT, "network transport: %s%n", platform.isNativeTransportEnabled() ? "native (epoll)"
                    : "Java NIO (" + platform.unavailableNativeTransportCause() + ")");
            JsonObject infra = new JsonObject().put("database", mariaDb.databaseConfig("chargeway").put("poolSize", 16))
                    .put("redis", redis.redisConfig().put("maxPoolSize", 32));
            // -Dbench.orders='{"settlementConcurrency": 4}' tries other batching settings (the core's "orders" section)
            JsonObject orders = new JsonObject(System.getProperty("bench.orders", "{}"));
            if (!orders.isEmpty()) {
                System.out.println("orders settings: " + orders.encode());
            }
            PlatformBed bed = PlatformBed.start(platform, infra, orders, new JsonObject()
                    .put("heartbeatTimeoutSeconds", 600).put("commandTimeoutSeconds", 30), 40);
            try {
                measure(bed, piles, infra);
            } finally {
                PlatformBed.await(piles.close());
                bed.close();
                PlatformBed.await(platform.close());
            }
        }
    }

    private void measure(PlatformBed bed, Vertx pileVertx, JsonObject infra) {
        bed.registerFleet(args.piles());
        SimulatorFleet fleet = PlatformBed.await(SimulatorFleet.start(pileVertx, FleetOptions.builder("127.0.0.1",
                bed.pilePort(), args.piles()).ramp(2000).settings(pileSettings()).build()));
        PlatformBed.await(fleet.awaitLoggedIn(args.piles(), Duration.ofMinutes(5)));
        RecordWatch records = new RecordWatch();
        List<BenchGun> guns = new ArrayList<>();
        for (SimulatedPile pile : fleet.piles()) {
            bed.awaitOnline(pile.pileNo().toString());
            records.watch(pile);
            for (int g = 1; g <= pile.identity().gunCount(); g++) {
                guns.add(new BenchGun(pile.pileNo().toString(), g, bed.member(100_000_000)));
            }
        }
        System.out.printf(Locale.ROOT, "setup: %d piles, %d guns, %d members, all logged in; sessions charge %d ms, live data every"
                + " %d ms%n", args.piles(), guns.size(), guns.size(), args.chargeMillis(), args.liveMillis());
        SessionDriver driver = new SessionDriver(bed.vertx, records, args.chargeMillis());
        List<Map<String, Long>> status = new ArrayList<>();
        List<CpuSample> cpu = new ArrayList<>();
        long[] settledBefore = new long[1];
        sustained(bed.vertx, driver, records, guns, () -> {
            status.add(dbStatus(bed));
            cpu.add(CpuSample.now());
            settledBefore[0] = records.confirmed();
        }, () -> {
            status.add(dbStatus(bed));
            cpu.add(CpuSample.now());
            settledBefore[0] = records.confirmed() - settledBefore[0];
        });
        StringBuilder db = new StringBuilder();
        status.get(1).forEach((k, v) -> db.append(k).append(' ').append(v - status.get(0).getOrDefault(k, 0L)).append(", "));
        long settled = Math.max(1, settledBefore[0]);
        System.out.printf(Locale.ROOT, "database while measured: %.1f statements and %.2f fsyncs per settled record; %s%n",
                (double) (status.get(1).get("Questions") - status.get(0).get("Questions")) / settled,
                (double) (status.get(1).get("Innodb_data_fsyncs") - status.get(0).get("Innodb_data_fsyncs")) / settled, db);
        System.out.println(cpu.get(1).since(cpu.get(0), settled));
        burst(bed, fleet, driver, records, guns);
        paced(bed.vertx, driver, records, guns);
        awaitQuiet(records);
        ReconciliationReport report = PlatformBed.await(LedgerReconciliation.runOnce(bed.vertx, DatabaseOptions.fromJson(infra),
                Clock.systemUTC()));
        System.out.printf(Locale.ROOT, "ledger: %d accounts, %d entries, sum %d fen, balanced: %s%n", report.accounts(),
                report.entries(), report.ledgerSumFen(), report.balanced());
        System.out.printf(Locale.ROOT, "orders: %d settled, %d not run to a confirmed record%n",
                bed.count("SELECT COUNT(*) FROM charge_orders WHERE state = 'SETTLED'"), driver.failures());
        PlatformBed.await(fleet.stop());
        sleep(2000);
    }

    private static Map<String, Long> dbStatus(PlatformBed bed) {
        Map<String, Long> status = new TreeMap<>();
        PlatformBed.await(bed.pool.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit', 'Com_select',"
                + " 'Com_update', 'Com_update_multi', 'Com_insert', 'Com_insert_select', 'Innodb_row_lock_waits',"
                + " 'Innodb_row_lock_time', 'Innodb_data_fsyncs', 'Innodb_deadlocks', 'Com_stmt_prepare')").execute())
                .forEach(r -> status.put(r.getString(0), Long.parseLong(r.getString(1))));
        return status;
    }

    /**
     * Records in bursts: every gun gets a session started by the platform; once all charge, every
     * pile ends its sessions at once (stopped at the pile, 0x45), so the records of all guns reach
     * the platform together. Measures how fast the platform settles and confirms a flood of
     * records while the gun events of the same stops are processed beside them.
     */
    private void burst(PlatformBed bed, SimulatorFleet fleet, SessionDriver driver, RecordWatch records, List<BenchGun> guns) {
        long confirmedBefore = records.confirmed();
        long total = 0;
        long nanos = 0;
        records.latency().getIntervalHistogram();
        for (int round = 0; round < args.burstRounds(); round++) {
            PlatformBed.await(startAll(bed.vertx, driver, guns), Duration.ofMinutes(5));
            sleep(args.chargeMillis());
            long before = records.confirmed();
            long charging = 0;
            long t0 = System.nanoTime();
            for (SimulatedPile pile : fleet.piles()) {
                for (int g = 1; g <= pile.identity().gunCount(); g++) {
                    if (pile.gun(g).status() == GunStatus.CHARGING) {
                        charging++;
                        pile.gun(g).stopLocally();
                    }
                }
            }
            for (int i = 0; i < 3000 && records.confirmed() - before < charging; i++) {
                sleep(100);
            }
            awaitQuiet(records);
            long settled = records.confirmed() - before;
            total += settled;
            nanos += records.lastConfirmedNanos() - t0;
        }
        Histogram latency = records.latency().getIntervalHistogram();
        System.out.printf(Locale.ROOT, "record bursts: %d rounds, %d records settled in %.1f s of bursts: %.0f settled records/s;"
                        + " 0x3B->0x40 p50 %.1f ms, p99 %.1f ms%n", args.burstRounds(), total, nanos / 1e9, total / (nanos / 1e9),
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0);
        if (records.confirmed() - confirmedBefore != total) {
            System.out.println("record bursts: confirmations outside the bursts: " + (records.confirmed() - confirmedBefore - total));
        }
    }

    /** Starts a session on every gun (at most 200 starts in flight) and completes when all answered. */
    private static Future<Void> startAll(Vertx vertx, SessionDriver driver, List<BenchGun> guns) {
        Promise<Void> done = Promise.promise();
        Deque<BenchGun> waiting = new ArrayDeque<>(guns);
        int[] running = new int[1];
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            while (running[0] < 200 && !waiting.isEmpty()) {
                running[0]++;
                driver.startOnly(waiting.pollFirst()).onComplete(ar -> {
                    running[0]--;
                    if (waiting.isEmpty() && running[0] == 0) {
                        done.tryComplete();
                    } else {
                        next[0].run();
                    }
                });
            }
        };
        vertx.runOnContext(v -> next[0].run());
        return done.future();
    }

    /**
     * Sustained load: every gun runs sessions back to back (start, live data, stop, record,
     * settlement, 0x40, next start), the guns joining over the first seconds so that the platform
     * is not hit by all starts at once; prints records settled (0x40 received by the piles) per
     * second, and their mean once all guns are cycling.
     */
    private void sustained(Vertx vertx, SessionDriver driver, RecordWatch records, List<BenchGun> guns,
                           Runnable measurementStarts, Runnable measurementEnds) {
        int ramp = Math.max(1, Math.min(10, (args.warmup() + args.seconds()) / 3));
        int total = args.warmup() + args.seconds();
        long end = System.nanoTime() + Duration.ofSeconds(total).toNanos();
        List<Future<Void>> loops = new ArrayList<>();
        for (int i = 0; i < guns.size(); i++) {
            BenchGun gun = guns.get(i);
            Promise<Void> loop = Promise.promise();
            vertx.setTimer(1 + (long) i * ramp * 1000 / guns.size(), t -> cycle(driver, gun, end).onComplete(loop));
            loops.add(loop.future());
        }
        List<Long> perSecond = new ArrayList<>();
        long last = records.confirmed();
        for (int s = 0; s < total; s++) {
            if (s == args.warmup()) {
                records.latency().getIntervalHistogram();
                measurementStarts.run();
            }
            sleep(1000);
            long now = records.confirmed();
            perSecond.add(now - last);
            last = now;
        }
        Histogram latency = records.latency().getIntervalHistogram();
        measurementEnds.run();
        PlatformBed.await(Future.join(loops), Duration.ofMinutes(5));
        int from = Math.max(args.warmup(), ramp);
        List<Long> steady = perSecond.subList(from, perSecond.size());
        System.out.printf(Locale.ROOT, "sustained: %d guns cycling, joining over the first %d s, %d s warm-up, then %d s measured;"
                + " settled records per second: %s%n", guns.size(), ramp, args.warmup(), args.seconds(), perSecond);
        System.out.printf(Locale.ROOT, "sustained: %.0f settled records/s (mean of seconds %d..%d), min %d/s; 0x3B->0x40 p50"
                        + " %.1f ms, p99 %.1f ms%n", steady.stream().mapToLong(Long::longValue).average().orElse(0), from + 1,
                perSecond.size(), steady.stream().mapToLong(Long::longValue).min().orElse(0),
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0);
    }

    private static Future<Void> cycle(SessionDriver driver, BenchGun gun, long end) {
        if (System.nanoTime() > end) {
            return Future.succeededFuture();
        }
        return driver.session(gun).compose(v -> cycle(driver, gun, end));
    }

    /** Latency at a moderate rate: sessions at {@code --rate} per second for {@code --paced-seconds}. */
    private void paced(Vertx vertx, SessionDriver driver, RecordWatch records, List<BenchGun> guns) {
        Paced run = pace(vertx, driver, records, guns, args.rate(), args.pacedSeconds());
        System.out.printf(Locale.ROOT, "paced: %d sessions at %d/s (%d not offered: no idle gun); %d records confirmed;"
                        + " 0x3B->0x40 p50 %.1f ms, p99 %.1f ms, max %.1f ms; settled per second: %s%n", run.started(), args.rate(),
                run.skipped(), run.perSecond().stream().mapToLong(Long::longValue).sum(),
                run.latency().getValueAtPercentile(50) / 1000.0, run.latency().getValueAtPercentile(99) / 1000.0,
                run.latency().getMaxValue() / 1000.0, run.perSecond());
    }

    /** Offers sessions at {@code rate} per second for {@code seconds} on idle guns, then waits for their records. */
    private static Paced pace(Vertx vertx, SessionDriver driver, RecordWatch records, List<BenchGun> guns, int rate,
                              int seconds) {
        Deque<BenchGun> idle = new ArrayDeque<>(guns);
        long total = (long) rate * seconds;
        long[] counts = new long[3];
        Promise<Void> offered = Promise.promise();
        long t0 = System.nanoTime();
        records.latency().getIntervalHistogram();
        vertx.setPeriodic(1, id -> {
            long due = Math.min(total, (System.nanoTime() - t0) * rate / 1_000_000_000L + 1);
            while (counts[0] + counts[1] < due) {
                BenchGun gun = idle.pollFirst();
                if (gun == null) {
                    counts[1]++;
                    continue;
                }
                counts[0]++;
                driver.session(gun).onComplete(ar -> {
                    counts[2]++;
                    idle.addLast(gun);
                });
            }
            if (counts[0] + counts[1] >= total) {
                vertx.cancelTimer(id);
                offered.complete();
            }
        });
        List<Long> perSecond = new ArrayList<>();
        long last = records.confirmed();
        while ((!offered.future().isComplete() || counts[2] < counts[0]) && perSecond.size() < seconds + 120) {
            sleep(1000);
            long now = records.confirmed();
            perSecond.add(now - last);
            last = now;
        }
        awaitQuiet(records);
        return new Paced(counts[0], counts[1], perSecond, records.latency().getIntervalHistogram());
    }

    /**
     * The outcome of offering sessions at a rate.
     *
     * @param started    sessions started
     * @param skipped    sessions not offered for want of an idle gun
     * @param perSecond  records confirmed in each second from the first offer until all were confirmed
     * @param latency    0x3B -> 0x40 in microseconds
     */
    private record Paced(long started, long skipped, List<Long> perSecond, Histogram latency) {
    }

    private static void awaitQuiet(RecordWatch records) {
        for (int i = 0; i < 600 && records.unconfirmed() > 0; i++) {
            sleep(100);
        }
        sleep(2 * 1000);
    }

    private PileSettings pileSettings() {
        return PileSettings.builder().heartbeatInterval(Duration.ofSeconds(60)).liveChargingInterval(Duration.ofMillis(args.liveMillis()))
                .recordResendInterval(Duration.ofSeconds(30)).backoff(new Backoff(500, 5000, 0.2)).power(120_000, 7_000)
                .bmsFrames(false).build();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
