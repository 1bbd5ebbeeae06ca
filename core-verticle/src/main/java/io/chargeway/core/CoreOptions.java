package io.chargeway.core;

import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.demo.DemoRegistry;
import io.chargeway.core.redis.RedisOptions;
import io.vertx.core.json.JsonObject;

/**
 * Everything the core verticle reads from its configuration, read once at start. The launcher
 * passes one merged JSON object to every verticle:
 * <pre>{@code
 * {"database": {"host", "port", "database", "user", "password", "poolSize"},
 *  "redis":    {"connectionString", "maxPoolSize"},
 *  "core":     {"seedDemo": false, "demoPiles": 10, "commandTimeoutSeconds": 15}}
 * }</pre>
 *
 * @param database              the MySQL/MariaDB database
 * @param redis                 the Redis server
 * @param seedDemo              whether to create the demo operator, station, tariff and piles when no tenant exists
 * @param demoPiles             how many demo piles the seed creates (1..100,000; numbered and laid out as in
 *                              {@link DemoRegistry}); used only when the seed runs
 * @param commandTimeoutSeconds how long a routed pile command may take before it fails with {@code COMMAND_TIMEOUT}
 */
public record CoreOptions(DatabaseOptions database, RedisOptions redis, boolean seedDemo, int demoPiles,
                          int commandTimeoutSeconds) {

    /** The configuration section of the core's own settings. */
    public static final String SECTION = "core";

    /**
     * Reads the merged configuration.
     *
     * @throws IllegalArgumentException naming the key when a value is missing, mistyped or out of range
     */
    public static CoreOptions fromJson(JsonObject config) {
        ConfigSection core = ConfigSection.of(config, SECTION);
        return new CoreOptions(DatabaseOptions.fromJson(config), RedisOptions.fromJson(config), core.bool("seedDemo", false),
                core.integer("demoPiles", DemoRegistry.PILE_COUNT, 1, DemoRegistry.MAX_PILE_COUNT),
                core.integer("commandTimeoutSeconds", 15, 1, 600));
    }
}
