package io.chargeway.edge;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.json.JsonObject;

/**
 * The edge node's configuration, read once from the verticle's config and validated.
 * <pre>
 * {
 *   "redis": {"connectionString": "redis://localhost:6379"},
 *   "edge": {"nodeId": "edge-1a2b3c4d", "host": "0.0.0.0", "port": 8767,
 *            "heartbeatTimeoutSeconds": 35, "loginTimeoutSeconds": 30, "leaseSeconds": 60,
 *            "commandTimeoutSeconds": 10, "maxFrameLength": 250, "badFrameLimit": 20,
 *            "badFrameWindowSeconds": 60, "clockSyncHours": 24,
 *            "http": {"host": "0.0.0.0", "port": 8081}}
 * }
 * </pre>
 * Ports may be 0 (any free port; the verticle reports the bound ones).
 *
 * @param redisConnectionString Redis URI for leases and live state
 * @param nodeId                this node's id: part of its bus address and of Redis keys
 * @param host                  interface the pile server binds
 * @param port                  pile server port
 * @param heartbeatTimeout      a logged-in pile silent this long is closed and reported offline
 * @param loginTimeout          a connection that has not logged in after this long is closed
 * @param lease                 TTL of the Redis lease naming this node; renewed at a third of it
 * @param commandTimeout        how long a command waits for the pile's reply, and core requests for the core
 * @param maxFrameLength        the largest accepted length byte (4..255)
 * @param badFrameLimit         more bad frames than this within {@code badFrameWindow} close the connection
 * @param badFrameWindow        the window of {@code badFrameLimit}
 * @param clockSyncInterval     time sync (0x56) period after the one right after login; zero: only at login
 * @param httpHost              interface of the health and metrics server
 * @param httpPort              port of the health and metrics server
 */
public record EdgeOptions(String redisConnectionString, String nodeId, String host, int port, Duration heartbeatTimeout,
                          Duration loginTimeout, Duration lease, Duration commandTimeout, int maxFrameLength,
                          int badFrameLimit, Duration badFrameWindow, Duration clockSyncInterval, String httpHost,
                          int httpPort) {

    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Validates every value; the message names the configuration key. */
    public EdgeOptions {
        require(redisConnectionString != null && redisConnectionString.startsWith("redis"),
                "redis.connectionString must be a redis:// URI, got '" + redisConnectionString + "'");
        require(nodeId != null && NODE_ID.matcher(nodeId).matches(),
                "edge.nodeId must be 1 to 64 of A-Z a-z 0-9 . _ -, got '" + nodeId + "'");
        require(host != null && !host.isBlank(), "edge.host must not be blank");
        require(httpHost != null && !httpHost.isBlank(), "edge.http.host must not be blank");
        require(port >= 0 && port <= 65535, "edge.port must be 0..65535, got " + port);
        require(httpPort >= 0 && httpPort <= 65535, "edge.http.port must be 0..65535, got " + httpPort);
        require(!heartbeatTimeout.isNegative() && !heartbeatTimeout.isZero(), "edge.heartbeatTimeoutSeconds must be at least 1");
        require(!loginTimeout.isNegative() && !loginTimeout.isZero(), "edge.loginTimeoutSeconds must be at least 1");
        require(lease.toSeconds() >= 3, "edge.leaseSeconds must be at least 3, got " + lease.toSeconds());
        require(!commandTimeout.isNegative() && !commandTimeout.isZero(), "edge.commandTimeoutSeconds must be at least 1");
        require(maxFrameLength >= 4 && maxFrameLength <= 255, "edge.maxFrameLength must be 4..255, got " + maxFrameLength);
        require(badFrameLimit >= 1, "edge.badFrameLimit must be at least 1, got " + badFrameLimit);
        require(!badFrameWindow.isNegative() && !badFrameWindow.isZero(), "edge.badFrameWindowSeconds must be at least 1");
        require(!clockSyncInterval.isNegative(), "edge.clockSyncHours must not be negative");
    }

    /**
     * Reads the options from a verticle config, applying defaults for missing keys.
     *
     * @throws IllegalArgumentException naming the key if a value has the wrong type or is out of range
     */
    public static EdgeOptions fromJson(JsonObject config) {
        JsonObject root = config == null ? new JsonObject() : config;
        JsonObject redis = object(root, "redis", "redis");
        JsonObject edge = object(root, "edge", "edge");
        JsonObject http = object(edge, "http", "edge.http");
        return new EdgeOptions(
                string(redis, "connectionString", "redis", "redis://localhost:6379"),
                string(edge, "nodeId", "edge", "edge-" + UUID.randomUUID().toString().substring(0, 8)),
                string(edge, "host", "edge", "0.0.0.0"),
                integer(edge, "port", "edge", 8767),
                Duration.ofSeconds(integer(edge, "heartbeatTimeoutSeconds", "edge", 35)),
                Duration.ofSeconds(integer(edge, "loginTimeoutSeconds", "edge", 30)),
                Duration.ofSeconds(integer(edge, "leaseSeconds", "edge", 60)),
                Duration.ofSeconds(integer(edge, "commandTimeoutSeconds", "edge", 10)),
                integer(edge, "maxFrameLength", "edge", 250),
                integer(edge, "badFrameLimit", "edge", 20),
                Duration.ofSeconds(integer(edge, "badFrameWindowSeconds", "edge", 60)),
                Duration.ofHours(integer(edge, "clockSyncHours", "edge", 24)),
                string(http, "host", "edge.http", "0.0.0.0"),
                integer(http, "port", "edge.http", 8081));
    }

    /**
     * How often the liveness sweep runs: a quarter of the shortest timeout, between 250 ms and 5 s,
     * so that a silent pile is closed at most a quarter late.
     */
    public Duration sweepPeriod() {
        long shortest = Math.min(heartbeatTimeout.toMillis(), loginTimeout.toMillis());
        return Duration.ofMillis(Math.max(250, Math.min(5000, shortest / 4)));
    }

    /** How often live sessions' leases are renewed: a third of the lease. */
    public Duration leaseRenewPeriod() {
        return lease.dividedBy(3);
    }

    /**
     * The presence tick: how often a slice of the leases is renewed and coalesced gun states are
     * written, 250 ms (or the renewal period when that is shorter).
     */
    public Duration presenceTick() {
        return Duration.ofMillis(Math.min(250, leaseRenewPeriod().toMillis()));
    }

    private static JsonObject object(JsonObject parent, String key, String path) {
        Object value = parent.getValue(key);
        if (value == null) {
            return new JsonObject();
        }
        if (!(value instanceof JsonObject json)) {
            throw new IllegalArgumentException(path + " must be a JSON object");
        }
        return json;
    }

    private static String string(JsonObject json, String key, String path, String fallback) {
        Object value = json.getValue(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(path + "." + key + " must be a string, got " + value);
        }
        return text;
    }

    private static int integer(JsonObject json, String key, String path, int fallback) {
        Object value = json.getValue(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        throw new IllegalArgumentException(path + "." + key + " must be an integer, got " + value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
