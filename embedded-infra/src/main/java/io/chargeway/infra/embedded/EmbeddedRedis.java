package io.chargeway.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real Redis server run from the embedded-redis binary, for the default single-JVM run and
 * for the integration tests. It listens on {@code 127.0.0.1} only, keeps an append-only file
 * under {@code <dir>/redis}, and finds its data again when started on the same {@code dir}.
 *
 * <p>Starting and stopping block (a process is launched and awaited): call them before Vert.x
 * starts or inside {@code executeBlocking}, never on an event loop.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;
    private final Path dataDir;
    private boolean stopped;

    private EmbeddedRedis(RedisServer server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server. Blocks until it accepts connections.
     *
     * @param dir  the directory that holds {@code redis/} (append-only file and snapshots)
     * @param port the port to listen on, {@code 0} for any free port
     * @return the running server
     * @throws IllegalStateException if the port is in use or the server does not come up; the
     *                               message names the port and the data directory
     */
    public static EmbeddedRedis start(Path dir, int port) {
        int actualPort = LocalPorts.resolve(port, "embedded Redis");
        Path dataDir = dir.toAbsolutePath().normalize().resolve("redis");
        try {
            Files.createDirectories(dataDir);
            RedisServer server = RedisServer.newRedisServer()
                    .port(actualPort)
                    .bind(LocalPorts.LOOPBACK)
                    .setting("dir \"" + dataDir + "\"")
                    .setting("appendonly yes")
                    .setting("appendfsync everysec")
                    // The append-only file is the persistence; no RDB snapshots. With snapshots, a failed
                    // save makes Redis refuse SIGTERM ("errors trying to shut down") and stop() waits forever.
                    .setting("save \"\"")
                    .soutListener(line -> LOG.debug("redis [port: {}]: {}", actualPort, line))
                    .serrListener(line -> LOG.warn("redis [port: {}]: {}", actualPort, line))
                    .build();
            server.start();
            LOG.info("embedded Redis started [port: {}, data: {}]", actualPort, dataDir);
            return new EmbeddedRedis(server, actualPort, dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("embedded Redis did not start [port: " + actualPort + ", data: " + dataDir + "]: "
                    + e.getMessage(), e);
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

    /** The connection string for Redis clients, {@code redis://127.0.0.1:<port>}. */
    public String connectionString() {
        return "redis://" + host() + ":" + port;
    }

    /** The directory of the append-only file and snapshots. */
    public Path dataDir() {
        return dataDir;
    }

    /** The {@code "redis"} configuration fragment: the connection string. */
    public JsonObject redisConfig() {
        return new JsonObject().put("connectionString", connectionString());
    }

    /**
     * Stops the server gracefully (it flushes its append-only file) and waits for the process to
     * end; the data stays. Calling it again does nothing.
     *
     * @throws IllegalStateException if the process cannot be stopped
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            server.stop();
        } catch (IOException e) {
            throw new IllegalStateException("embedded Redis did not stop [port: " + port + "]: " + e.getMessage(), e);
        }
        LOG.info("embedded Redis stopped [port: {}, data: {}]", port, dataDir);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}
