package io.chargeway.launcher.config;

import java.util.Locale;
import java.util.Map;

import io.vertx.core.json.JsonObject;

/**
 * Applies overrides from environment variables and system properties to the configuration
 * read from {@code conf/}. Environment: {@code CHARGEWAY_DATABASE__HOST=db1} sets
 * {@code database.host} (double underscore separates levels, names are lower-cased and single
 * underscores become camel case: {@code CHARGEWAY_EDGE__HEARTBEAT_TIMEOUT_SECONDS} sets
 * {@code edge.heartbeatTimeoutSeconds}). System properties: {@code -Dchargeway.database.host=db1}.
 * Values that look like numbers or booleans become numbers or booleans.
 */
public final class ConfigOverrides {

    /** Prefix of environment variables read. */
    public static final String ENV_PREFIX = "CHARGEWAY_";
    /** Prefix of system properties read. */
    public static final String PROPERTY_PREFIX = "chargeway.";

    private ConfigOverrides() {
    }

    /** Applies both kinds of overrides, system properties last (they win). */
    public static JsonObject apply(JsonObject config, Map<String, String> env, Map<Object, Object> properties) {
        JsonObject result = config.copy();
        env.forEach((key, value) -> {
            if (key.startsWith(ENV_PREFIX) && key.length() > ENV_PREFIX.length()) {
                set(result, envPath(key.substring(ENV_PREFIX.length())), value);
            }
        });
        properties.forEach((key, value) -> {
            String k = String.valueOf(key);
            if (k.startsWith(PROPERTY_PREFIX) && k.length() > PROPERTY_PREFIX.length()) {
                set(result, k.substring(PROPERTY_PREFIX.length()).split("\\."), String.valueOf(value));
            }
        });
        return result;
    }

    static String[] envPath(String name) {
        String[] parts = name.split("__");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = camel(parts[i]);
        }
        return parts;
    }

    private static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static void set(JsonObject root, String[] path, String raw) {
        JsonObject node = root;
        for (int i = 0; i < path.length - 1; i++) {
            Object child = node.getValue(path[i]);
            if (!(child instanceof JsonObject)) {
                child = new JsonObject();
                node.put(path[i], child);
            }
            node = (JsonObject) child;
        }
        node.put(path[path.length - 1], typed(raw));
    }

    private static Object typed(String raw) {
        if ("true".equalsIgnoreCase(raw) || "false".equalsIgnoreCase(raw)) {
            return Boolean.parseBoolean(raw);
        }
        if (raw.matches("-?\\d{1,18}")) {
            long v = Long.parseLong(raw);
            return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
        }
        return raw;
    }
}
