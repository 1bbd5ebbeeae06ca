package io.chargeway.launcher.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.infra.embedded.EmbeddedMariaDb;
import io.chargeway.infra.embedded.EmbeddedRedis;
import io.chargeway.launcher.Role;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded MariaDB and Redis a role needs when the configuration points at no external
 * server: no {@code database.host} means embedded MariaDB (for roles running the core), no
 * {@code redis.connectionString} means embedded Redis. Data lives under {@code platform.dataDir}
 * and survives restarts. Runs on the main thread before Vert.x starts, so blocking is fine here.
 */
public final class EmbeddedServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private JsonObject config;

    private EmbeddedServices(JsonObject config) {
        this.config = config;
    }

    /**
     * Starts what is missing and returns the services with the configuration completed
     * ({@link #config()}) to point at them.
     *
     * @throws IllegalStateException if a server cannot start (the message names port and directory)
     */
    public static EmbeddedServices startIfNeeded(JsonObject config, Role role) {
        EmbeddedServices services = new EmbeddedServices(config.copy());
        try {
            services.start(role);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    private void start(Role role) {
        Path dataDir = Path.of(config.getJsonObject("platform", new JsonObject()).getString("dataDir", "var/data"));
        JsonObject database = config.getJsonObject("database", new JsonObject());
        if (role.runsCore() && database.getString("host") == null) {
            String name = database.getString("database", "chargeway");
            EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, embeddedDatabasePort(database), name);
            started.add(db);
            config.put("database", database.copy().mergeIn(db.databaseConfig(name)));
            descriptions.add(String.format("MariaDB (embedded)     %s:%d  database %s, user %s  data %s",
                    db.host(), db.port(), name, db.user(), db.dataDir().toAbsolutePath()));
        }
        JsonObject redis = config.getJsonObject("redis", new JsonObject());
        if ((role.runsCore() || role.runsEdge()) && redis.getString("connectionString") == null) {
            EmbeddedRedis server = EmbeddedRedis.start(dataDir, redis.getInteger("embeddedPort", 6380));
            started.add(server);
            config.put("redis", redis.copy().mergeIn(server.redisConfig()));
            descriptions.add(String.format("Redis (embedded)       %s  data %s", server.connectionString(),
                    server.dataDir().toAbsolutePath()));
        }
    }

    /** The port of the embedded MariaDB: {@code database.embeddedPort}, 3307 unless configured. */
    public static int embeddedDatabasePort(JsonObject databaseSection) {
        return databaseSection.getInteger("embeddedPort", 3307);
    }

    /** The configuration with database and Redis pointing at the embedded servers where started. */
    public JsonObject config() {
        return config;
    }

    /** One line per embedded server, for the startup banner. */
    public List<String> descriptions() {
        return List.copyOf(descriptions);
    }

    /** Stops the servers in reverse order of starting; their data stays. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("stopping an embedded server failed [server: {}]", started.get(i).getClass().getSimpleName(), e);
            }
        }
        started.clear();
    }
}
