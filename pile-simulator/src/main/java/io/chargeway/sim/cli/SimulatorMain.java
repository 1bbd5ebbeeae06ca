package io.chargeway.sim.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.management.UnixOperatingSystemMXBean;
import io.chargeway.sim.Backoff;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.fleet.FleetOptions;
import io.chargeway.sim.fleet.PileLayout;
import io.chargeway.sim.fleet.Scenario;
import io.chargeway.sim.fleet.SimulatorFleet;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line for a fleet of simulated YKC piles: a live progress line every second, a summary
 * with login-time percentiles at the end, clean exit on Ctrl-C or after {@code --duration}.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Runs simulated YKC V1.6 piles over TCP against a platform.",
        footer = {"", "Scenarios:",
            "  idle     log in, heartbeat, idle live data; answer commands",
            "           (remote starts charge, remote stops end with a 0x3B record)",
            "  charging as idle; with --auto-card, idle guns swipe the demo card",
            "           every few minutes and stop the card session after as many",
            "  busy     as idle, plus every tenth pile (1, 11, ...) charges on gun 1",
            "           without end: 0x13 and BMS 0x23/0x25 every 15 s",
            "  garbage  as idle, plus garbage bytes, bad-CRC frames and split",
            "           frames every 2 heartbeat periods",
            "  flood    as idle, plus 500 heartbeats as fast as possible every 30 s",
            "  silent   log in, then stay silent on that connection until the",
            "           platform drops it; repeat",
            "",
            "Pile i = 1..N is DC with 2 guns when (i-1) mod 10 < 6, else AC with",
            "1 gun (the layout of the demo seed).",
            "More than ~28,000 piles against a loopback target need --source-ips",
            "(about 28,000 connections per address) and an open-file limit above",
            "the pile count (ulimit -n)."})
public final class SimulatorMain implements Callable<Integer> {

    @Option(names = "--host", description = "platform host (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", required = true, description = "platform YKC port")
    int port;

    @Option(names = "--piles", description = "number of piles (default: ${DEFAULT-VALUE})")
    int piles = 10;

    @Option(names = "--first-pile", description = "number of pile 1 (default: ${DEFAULT-VALUE})")
    String firstPile = PileLayout.DEFAULT_FIRST_PILE.toString();

    @Option(names = "--scenario", description = "idle, charging, busy, garbage, flood or silent"
            + " (default: idle, or charging with --auto-card)")
    String scenario;

    @Option(names = "--auto-card", arity = "0..1", fallbackValue = "3", paramLabel = "MINUTES",
            description = "charging scenario: swipe the demo card about every MINUTES (default 3) per idle gun,"
                    + " stop card sessions after MINUTES")
    int autoCardMinutes;

    @Option(names = "--card", description = "the demo card's physical number, hex (default: ${DEFAULT-VALUE})")
    String card = FleetOptions.DEFAULT_DEMO_CARD.toString();

    @Option(names = "--source-ips", description = "bind piles to 127.0.0.1..127.0.0.K round-robin; 0 = system choice"
            + " (default: ${DEFAULT-VALUE})")
    int sourceIps;

    @Option(names = "--ramp", description = "connections started per second (default: ${DEFAULT-VALUE})")
    int ramp = 500;

    @Option(names = "--heartbeat-seconds", description = "0x03 period per gun (default: ${DEFAULT-VALUE})")
    int heartbeatSeconds = 10;

    @Option(names = "--duration", description = "stop after this many seconds; 0 = until Ctrl-C (default: ${DEFAULT-VALUE})")
    long durationSeconds;

    @Option(names = "--shards", description = "event loops driving the piles (default: number of cores)")
    int shards = Runtime.getRuntime().availableProcessors();

    private final PrintStream out = System.out;

    /** Parses the arguments, runs the fleet and exits with 0 (done), 1 (could not start) or 2 (bad arguments). */
    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "simulator-logback.xml");
        }
        System.exit(new CommandLine(new SimulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        FleetOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            System.err.println("invalid arguments: " + e.getMessage());
            return 2;
        }
        warnAboutFileLimit(options.pileCount());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(Math.max(1, shards)));
        SimulatorFleet fleet;
        try {
            fleet = SimulatorFleet.start(vertx, options).await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("could not start the fleet: " + e.getMessage());
            vertx.close();
            return 1;
        }
        out.printf("%d piles from %s against %s:%d, scenario %s, ramp %d/s%n", options.pileCount(), options.layout().first(),
                host, port, options.scenario().cliName(), options.rampPerSecond());
        run(vertx, fleet);
        return 0;
    }

    private void run(Vertx vertx, SimulatorFleet fleet) throws InterruptedException {
        CountDownLatch finish = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            finish.countDown();
            awaitQuietly(finished, 15);
        }, "simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressLine progress = new ProgressLine(fleet.stats(), fleet.size());
        long ticker = vertx.setPeriodic(1_000, id -> out.print(progress.next()));
        if (durationSeconds > 0) {
            vertx.setTimer(TimeUnit.SECONDS.toMillis(durationSeconds), id -> finish.countDown());
        }
        finish.await();
        vertx.cancelTimer(ticker);
        out.print(progress.next());
        out.print(progress.summary());
        out.flush();
        try {
            fleet.stop().await(10, TimeUnit.SECONDS);
            vertx.close().await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("shutdown incomplete: " + e.getMessage());
        }
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // Ctrl-C started the JVM's shutdown; the hook is running and waits for 'finished'.
            out.flush();
        }
    }

    private FleetOptions options() {
        PileSettings settings = PileSettings.builder().observe(false).heartbeatInterval(Duration.ofSeconds(heartbeatSeconds))
                .backoff(Backoff.DEFAULT).build();
        return FleetOptions.builder(host, port, piles).layout(new PileLayout(PileNo.parse(firstPile))).ramp(ramp)
                .sourceIps(sourceIps).shards(Math.max(1, shards)).settings(settings).scenario(scenario())
                .autoCardMinutes(autoCardMinutes).demoCard(PhysicalCardNo.parse(card)).build();
    }

    private Scenario scenario() {
        if (scenario != null) {
            return Scenario.fromName(scenario);
        }
        return autoCardMinutes > 0 ? Scenario.CHARGING : Scenario.IDLE;
    }

    private void warnAboutFileLimit(int pileCount) {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                && unix.getMaxFileDescriptorCount() < pileCount + 200L) {
            System.err.printf("warning: open-file limit %d is below %d piles + 200; raise it with ulimit -n%n",
                    unix.getMaxFileDescriptorCount(), pileCount);
        }
    }

    private static void awaitQuietly(CountDownLatch latch, long seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
