package io.chargeway.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB and one embedded Redis per JVM, shared by the integration tests of every
 * module. Started lazily on free ports by the first caller, stopped by a shutdown hook.
 *
 * <p>Files live under {@code <chargeway.test.dataDir>/shared} (failsafe sets the property to
 * {@code target/it-data}; the data directories are emptied at start so every test JVM begins
 * clean), or under a fresh temporary directory when the property is not set.
 *
 * <pre>{@code
 * JsonObject config = SharedTestInfrastructure.config();            // {"database":{...},"redis":{...}}
 * JsonObject fresh = SharedTestInfrastructure.configWithNewDatabase("seed"); // same, naming an empty database
 * vertx.deployVerticle(new CoreVerticle(), new DeploymentOptions().setConfig(config));
 * }</pre>
 *
 * <p>The first call blocks for the servers' start (seconds): call it from the test thread (e.g.
 * {@code @BeforeAll}), never from an event loop.
 */
public final class SharedTestInfrastructure {

    /** The system property naming the directory for test data. */
    public static final String DATA_DIR_PROPERTY = "chargeway.test.dataDir";
    /** The database created at start and named by {@link #config()}. */
    public static final String DATABASE = "chargeway";

    private static final Logger LOG = LoggerFactory.getLogger(SharedTestInfrastructure.class);

    private final EmbeddedMariaDb mariaDb;
    private final EmbeddedRedis redis;
    private final AtomicInteger databaseCounter = new AtomicInteger();

    private SharedTestInfrastructure(EmbeddedMariaDb mariaDb, EmbeddedRedis redis) {
        this.mariaDb = mariaDb;
        this.redis = redis;
    }

    /**
     * The servers of this JVM, started on first use.
     *
     * @throws IllegalStateException if they could not be started (every later call fails the same way)
     */
    public static SharedTestInfrastructure get() {
        return Holder.STARTUP.infrastructure();
    }

    /** The configuration fragment {@code {"database":{...},"redis":{...}}} naming the shared {@value #DATABASE} database. */
    public static JsonObject config() {
        return get().configFor(DATABASE);
    }

    /**
     * A configuration fragment like {@link #config()} that names a database created just now and
     * used by nobody else: {@code <prefix>_<n>}.
     */
    public static JsonObject configWithNewDatabase(String prefix) {
        SharedTestInfrastructure infra = get();
        String name = prefix + "_" + infra.databaseCounter.incrementAndGet();
        infra.mariaDb.createDatabase(name);
        return infra.configFor(name);
    }

    /** The MariaDB server. */
    public EmbeddedMariaDb mariaDb() {
        return mariaDb;
    }

    /** The Redis server. */
    public EmbeddedRedis redis() {
        return redis;
    }

    private JsonObject configFor(String database) {
        return new JsonObject().put("database", mariaDb.databaseConfig(database)).put("redis", redis.redisConfig());
    }

    private static SharedTestInfrastructure startAll() {
        Path dir = prepareDirectory();
        EmbeddedRedis redis = EmbeddedRedis.start(dir, 0);
        EmbeddedMariaDb mariaDb;
        try {
            mariaDb = EmbeddedMariaDb.start(dir, 0, DATABASE);
        } catch (IllegalStateException e) {
            redis.stop();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(mariaDb, redis, dir), "chargeway-test-infrastructure-stop"));
        LOG.info("shared test infrastructure ready [mariadb: {}, redis: {}, dir: {}]", mariaDb.jdbcUrl(), redis.connectionString(),
                dir);
        return new SharedTestInfrastructure(mariaDb, redis);
    }

    private static void stopAll(EmbeddedMariaDb mariaDb, EmbeddedRedis redis, Path dir) {
        redis.stop();
        mariaDb.stop();
        if (configuredDirectory() == null) {
            try {
                deleteRecursively(dir);
            } catch (IOException e) {
                LOG.warn("temporary test data not deleted [dir: {}]: {}", dir, e.getMessage());
            }
        }
    }

    private static String configuredDirectory() {
        String configured = System.getProperty(DATA_DIR_PROPERTY);
        return configured == null || configured.isBlank() ? null : configured;
    }

    private static Path prepareDirectory() {
        String configured = configuredDirectory();
        try {
            if (configured == null) {
                return Files.createTempDirectory("chargeway-it-");
            }
            Path dir = Path.of(configured).toAbsolutePath().resolve("shared");
            // Data starts empty in every test JVM; the unpacked MariaDB binaries (mariadb/base) are kept.
            deleteRecursively(dir.resolve("mariadb").resolve("data"));
            deleteRecursively(dir.resolve("mariadb").resolve("tmp"));
            deleteRecursively(dir.resolve("redis"));
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the test data directory: " + e.getMessage(), e);
        }
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

    /** The outcome of the one start attempt of this JVM. */
    private record Startup(SharedTestInfrastructure started, RuntimeException failure) {

        static Startup attempt() {
            try {
                return new Startup(startAll(), null);
            } catch (RuntimeException e) {
                LOG.error("shared test infrastructure did not start", e);
                return new Startup(null, e);
            }
        }

        SharedTestInfrastructure infrastructure() {
            if (failure != null) {
                throw new IllegalStateException("shared test infrastructure did not start: " + failure.getMessage(), failure);
            }
            return started;
        }
    }

    /** Lazy, thread-safe, once per JVM: the class initialiser runs on first access only. */
    private static final class Holder {
        static final Startup STARTUP = Startup.attempt();
    }
}
