package io.chargeway.bench.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.hazelcast.config.Config;
import com.hazelcast.config.FileSystemXmlConfig;
import io.chargeway.sim.PileSettings;
import io.chargeway.sim.fleet.FleetOptions;
import io.chargeway.sim.fleet.PileLayout;
import io.chargeway.sim.fleet.Scenario;
import io.chargeway.sim.fleet.SimulatorFleet;
import io.chargeway.ykc.field.PileNo;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load side of {@code scripts/bench-edge.sh}: joins the platform's Hazelcast cluster as a lite
 * member, connects a fleet of simulated piles (the busy scenario: every pile heartbeats, every tenth
 * charges and sends live data every 15 s) to one edge node, waits until all are logged in, and then,
 * over a measurement window, counts frames, watches for any pile leaving the logged-in state and
 * sends downlink commands through the core at a steady rate, timing each round trip.
 *
 * <p>Several drivers can share one run (each with its own slice of the demo piles, {@code --first-index});
 * the files {@code --ready-file}, {@code --go-file} and {@code --stop-file} line their windows up, and
 * {@link EdgeBenchReport} merges their {@code --result} files. Exit code 0 only if every pile of this
 * driver stayed logged in through the window.
 */
@Command(name = "edge-load-driver", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulated piles against one edge node, with a measurement window; see scripts/bench-edge.sh.")
public final class EdgeLoadDriver implements Callable<Integer> {

    private static final int BLOCK = 10;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "edge pile server host (default ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--port", defaultValue = "8767", description = "edge pile server port (default ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--piles", defaultValue = "2000", description = "piles of this driver (default ${DEFAULT-VALUE})")
    int piles;
    @Option(names = "--first-index", defaultValue = "1",
            description = "demo pile position of this driver's first pile, 1 + a multiple of 10 (default ${DEFAULT-VALUE})")
    int firstIndex;
    @Option(names = "--source-ips", defaultValue = "2", description = "bind piles to 127.0.0.1..127.0.0.K (default ${DEFAULT-VALUE})")
    int sourceIps;
    @Option(names = "--ramp", defaultValue = "250", description = "connections started per second (default ${DEFAULT-VALUE})")
    int ramp;
    @Option(names = "--heartbeat-seconds", defaultValue = "10", description = "0x03 period per gun (default ${DEFAULT-VALUE})")
    int heartbeatSeconds;
    @Option(names = "--window", defaultValue = "120", description = "measurement window in seconds (default ${DEFAULT-VALUE})")
    int windowSeconds;
    @Option(names = "--command-rate", defaultValue = "20", description = "downlink commands per second (default ${DEFAULT-VALUE})")
    double commandRate;
    @Option(names = "--command", defaultValue = "sync-clock", converter = CommandKindConverter.class,
            description = "sync-clock or read-live-data (default ${DEFAULT-VALUE})")
    CommandKind command;
    @Option(names = "--command-timeout", defaultValue = "30", description = "seconds one command may take (default ${DEFAULT-VALUE})")
    int commandTimeoutSeconds;
    @Option(names = "--login-timeout", defaultValue = "600", description = "seconds for all piles to log in (default ${DEFAULT-VALUE})")
    int loginTimeoutSeconds;
    @Option(names = "--cluster-config", defaultValue = "conf/cluster.xml", description = "Hazelcast config (default ${DEFAULT-VALUE})")
    Path clusterConfig;
    @Option(names = "--edge-metrics", paramLabel = "URL", description = "the edge's Prometheus endpoint, to read its own counts")
    String edgeMetrics;
    @Option(names = "--label", defaultValue = "driver", description = "name in output lines and the result (default ${DEFAULT-VALUE})")
    String label;
    @Option(names = "--ready-file", description = "written once every pile is logged in (READY) or the login timeout passed")
    Path readyFile;
    @Option(names = "--go-file", description = "the window starts when this file exists")
    Path goFile;
    @Option(names = "--stop-file", description = "after the window, keep the piles connected until this file exists")
    Path stopFile;
    @Option(names = "--result", description = "write the result JSON here")
    Path resultFile;

    /** Runs the driver and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EdgeLoadDriver()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String invalid = invalidOptions();
        if (invalid != null) {
            System.err.println(invalid);
            return 2;
        }
        Vertx vertx = await(joinCluster(), 120);
        say("joined the cluster as a lite member [config: %s]", clusterConfig);
        SimulatorFleet fleet = null;
        try {
            fleet = await(SimulatorFleet.start(vertx, fleetOptions()), 60);
            return drive(vertx, fleet);
        } finally {
            if (fleet != null) {
                await(fleet.stop(), 30);
            }
            await(vertx.close(), 30);
        }
    }

    /** Ramp, ready signal, window, result; answers the exit code. */
    private int drive(Vertx vertx, SimulatorFleet fleet) throws Exception {
        LoadWindow window = new LoadWindow(fleet, this::say, edgeMetrics);
        long rampMillis = window.awaitAllLoggedIn(Duration.ofSeconds(loginTimeoutSeconds));
        signal(readyFile, rampMillis >= 0 ? "READY" : "FAILED: not every pile logged in");
        if (rampMillis < 0) {
            return 1;
        }
        say("all %d piles logged in after %.1f s (login %s)", piles, rampMillis / 1000.0, fleet.stats().loginSummary());
        if (!awaitFile(goFile, "the start of the window")) {
            return 1;
        }
        long timeoutMillis = TimeUnit.SECONDS.toMillis(commandTimeoutSeconds);
        CommandProbe probe = new CommandProbe(vertx, fleet.piles(), command, commandRate, timeoutMillis);
        DriverResult result = window.measure(label, rampMillis, Duration.ofSeconds(windowSeconds), probe, timeoutMillis + 5_000);
        if (resultFile != null) {
            result.write(resultFile);
        }
        System.out.println(BenchSummary.of(List.of(result)).render());
        awaitFile(stopFile, "the stop signal");
        return BenchSummary.passed(result) ? 0 : 1;
    }

    /** The first thing wrong with the options, or null. */
    private String invalidOptions() {
        if (piles < 1 || firstIndex < 1 || (firstIndex - 1) % BLOCK != 0) {
            return "--piles must be >= 1 and --first-index 1 + a multiple of 10 (the DC/AC layout repeats every 10 piles)";
        }
        if (windowSeconds < 1 || commandRate <= 0 || heartbeatSeconds < 1 || ramp < 1) {
            return "--window, --command-rate, --heartbeat-seconds and --ramp must be positive";
        }
        return null;
    }

    private FleetOptions fleetOptions() {
        PileNo first = new PileNo(PileLayout.DEFAULT_FIRST_PILE.value() + firstIndex - 1);
        PileSettings settings = PileSettings.builder().observe(false)
                .heartbeatInterval(Duration.ofSeconds(heartbeatSeconds)).build();
        return FleetOptions.builder(host, port, piles).layout(new PileLayout(first)).sourceIps(sourceIps).ramp(ramp)
                .settings(settings).scenario(Scenario.BUSY).build();
    }

    private Future<Vertx> joinCluster() throws IOException {
        Config hazelcast = new FileSystemXmlConfig(clusterConfig.toFile());
        // A lite member owns no partitions: the platform's cluster data stays where it is while the driver comes and goes.
        hazelcast.setLiteMember(true);
        VertxOptions options = new VertxOptions();
        options.getEventBusOptions().setHost("127.0.0.1");
        return Vertx.builder().with(options).withClusterManager(new HazelcastClusterManager(hazelcast)).buildClustered();
    }

    private void signal(Path file, String content) throws IOException {
        if (file != null) {
            Files.writeString(file, content + System.lineSeparator(), StandardCharsets.UTF_8);
        }
    }

    private boolean awaitFile(Path file, String what) throws InterruptedException {
        if (file == null) {
            return true;
        }
        say("waiting for %s (%s)", what, file);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                say("gave up waiting for %s after 30 min", what);
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private void say(String format, Object... args) {
        System.out.printf("[%s] %s%n", label, String.format(format, args));
        System.out.flush();
    }

    private static <T> T await(Future<T> future, int seconds) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
    }

    /** Reads {@code sync-clock} / {@code read-live-data}. */
    static final class CommandKindConverter implements CommandLine.ITypeConverter<CommandKind> {
        @Override
        public CommandKind convert(String value) {
            return CommandKind.fromName(value);
        }
    }
}
