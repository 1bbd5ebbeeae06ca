package io.chargeway.core.redis;

import io.chargeway.core.ConfigSection;
import io.vertx.core.json.JsonObject;

/**
 * Where Redis is: the {@code "redis"} configuration section.
 *
 * @param connectionString e.g. {@code redis://127.0.0.1:6379} (default) or {@code redis://:secret@host:6379/0}
 * @param maxPoolSize      connections the client keeps, default 8
 */
public record RedisOptions(String connectionString, int maxPoolSize) {

    /** The configuration section. */
    public static final String SECTION = "redis";

    /**
     * Reads the {@code "redis"} section of the merged configuration.
     *
     * @throws IllegalArgumentException naming the key when a value is missing, mistyped or out of range
     */
    public static RedisOptions fromJson(JsonObject config) {
        ConfigSection section = ConfigSection.of(config, SECTION);
        String connectionString = section.nonBlank("connectionString", "redis://127.0.0.1:6379");
        if (!connectionString.startsWith("redis://") && !connectionString.startsWith("rediss://")
                && !connectionString.startsWith("unix://")) {
            throw section.invalid("connectionString", "must start with redis://, rediss:// or unix://", connectionString);
        }
        return new RedisOptions(connectionString, section.integer("maxPoolSize", 8, 1, 256));
    }

    /** The options of the Vert.x Redis client. */
    public io.vertx.redis.client.RedisOptions clientOptions() {
        return new io.vertx.redis.client.RedisOptions().setConnectionString(connectionString).setMaxPoolSize(maxPoolSize)
                .setMaxPoolWaiting(maxPoolSize * 32);
    }

    /** The connection string without a password. */
    @Override
    public String toString() {
        return "RedisOptions[" + connectionString.replaceAll("//[^@/]*@", "//***@") + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
