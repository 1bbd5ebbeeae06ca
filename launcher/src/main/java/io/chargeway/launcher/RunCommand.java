package io.chargeway.launcher;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.hazelcast.config.Config;
import com.hazelcast.config.FileSystemXmlConfig;
import io.chargeway.launcher.config.ConfigLoader;
import io.chargeway.launcher.infra.EmbeddedServices;
import io.chargeway.sim.ConnectionState;
import io.chargeway.sim.fleet.FleetOptions;
import io.chargeway.sim.fleet.SimulatorFleet;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chargeway run}: starts a role (all by default) on the embedded or configured
 * infrastructure, optionally clustered over Hazelcast, optionally with simulated piles.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Start the platform.",
            "Without an external database in the configuration, starts an embedded MariaDB and Redis (data under var/data)."})
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    private static volatile boolean running;

    @Option(names = "--role", defaultValue = "all", description = "all, edge, core or web (default ${DEFAULT-VALUE})")
    String role;

    @Option(names = "--cluster", description = "join the Hazelcast cluster described by cluster.configFile (conf/cluster.xml)")
    boolean cluster;

    @Option(names = "--conf", defaultValue = "conf", description = "configuration directory (default ${DEFAULT-VALUE})")
    Path confDir;

    @Option(names = "--simulate", defaultValue = "0", paramLabel = "N",
            description = "start N simulated piles (numbers 32010600019001...) against this node's edge")
    int simulatedPiles;

    private EmbeddedServices services;
    private Vertx vertx;
    private RoleDeployer deployer;
    private SimulatorFleet fleet;

    /** Whether a platform started by this JVM is running (so main must not exit). */
    static boolean isRunning() {
        return running;
    }

    @Override
    public Integer call() throws Exception {
        Role selected;
        try {
            selected = Role.valueOf(role.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("unknown role '" + role + "'; use all, edge, core or web");
            return 2;
        }
        JsonObject config = loadConfig(selected);
        if (config == null) {
            return 2;
        }
        if (!cluster && selected != Role.ALL) {
            LOG.warn("role {} without --cluster cannot reach the other roles; add --cluster", selected.label());
        }
        GracefulShutdown.install(this::shutdown);
        try {
            services = EmbeddedServices.startIfNeeded(config, selected);
            vertx = createVertx(services.config());
            deployer = new RoleDeployer(vertx, services.config());
            await(deployer.deploy(selected), 180);
            String simulation = startSimulation(selected, services.config());
            running = true;
            System.out.println(StartupBanner.render(selected, cluster, services.config(), services.descriptions(), simulation));
            return 0;
        } catch (Exception e) {
            LOG.error("Chargeway failed to start: {}", e.getMessage(), e);
            shutdown();
            return 1;
        }
    }

    private JsonObject loadConfig(Role selected) throws Exception {
        Vertx bootstrap = Vertx.vertx();
        try {
            return await(ConfigLoader.load(bootstrap, confDir, selected.label()), 30);
        } catch (Exception e) {
            System.err.println(e.getMessage());
            return null;
        } finally {
            bootstrap.close();
        }
    }

    private Vertx createVertx(JsonObject config) throws Exception {
        // epoll on Linux (netty-transport-native-epoll is on the class path); Java NIO where it is not available
        VertxOptions options = new VertxOptions().setPreferNativeTransport(true);
        if (!cluster) {
            return logTransport(Vertx.vertx(options));
        }
        JsonObject clusterConf = config.getJsonObject("cluster", new JsonObject());
        File file = new File(clusterConf.getString("configFile", "conf/cluster.xml"));
        Config hazelcast = new FileSystemXmlConfig(file);
        options.getEventBusOptions().setHost(clusterConf.getString("host", "127.0.0.1"));
        LOG.info("joining the cluster [config: {}]", file.getAbsolutePath());
        return logTransport(await(Vertx.builder().with(options).withClusterManager(new HazelcastClusterManager(hazelcast))
                .buildClustered(), 120));
    }

    private static Vertx logTransport(Vertx vertx) {
        if (vertx.isNativeTransportEnabled()) {
            LOG.info("network transport: native (epoll)");
        } else {
            LOG.info("network transport: Java NIO (native epoll unavailable here: {})", vertx.unavailableNativeTransportCause()
                    == null ? "not on the class path" : vertx.unavailableNativeTransportCause().getMessage());
        }
        return vertx;
    }

    private String startSimulation(Role selected, JsonObject config) throws Exception {
        if (simulatedPiles <= 0) {
            return null;
        }
        if (!selected.runsEdge()) {
            LOG.warn("--simulate needs the edge role on this node; no piles started");
            return null;
        }
        int port = config.getJsonObject("edge", new JsonObject()).getInteger("port", 8767);
        fleet = await(SimulatorFleet.start(vertx, FleetOptions.of("127.0.0.1", port, simulatedPiles)), 60);
        try {
            await(fleet.awaitLoggedIn(simulatedPiles, Duration.ofSeconds(60)), 70);
        } catch (Exception e) {
            LOG.warn("not every simulated pile logged in within 60 s: {}", e.getMessage());
        }
        List<String> numbers = fleet.piles().stream().map(p -> p.pileNo().toString()).toList();
        long loggedIn = fleet.stats().inState(ConnectionState.LOGGED_IN);
        return String.format("simulated piles        %d logged in (%s .. %s)", loggedIn, numbers.get(0),
                numbers.get(numbers.size() - 1));
    }

    private synchronized void shutdown() {
        running = false;
        try {
            if (fleet != null) {
                await(fleet.stop(), 10);
                fleet = null;
            }
            if (deployer != null) {
                await(deployer.undeployAll(), 20);
                deployer = null;
            }
            if (vertx != null) {
                await(vertx.close(), 20);
                vertx = null;
            }
        } catch (Exception e) {
            LOG.warn("clean shutdown did not complete: {}", e.getMessage());
        } finally {
            if (services != null) {
                services.close();
                services = null;
            }
        }
    }

    private static <T> T await(Future<T> future, int seconds) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(seconds, TimeUnit.SECONDS);
    }
}
