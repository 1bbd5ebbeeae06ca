package io.chargeway.core;

import io.vertx.core.json.JsonObject;

/**
 * One section of the merged configuration ({@code "database"}, {@code "redis"}, {@code "core"}),
 * read with defaults and checked so that every error names its key, e.g.
 * {@code invalid configuration: database.port must be 1..65535 (got 70000)}.
 *
 * <p>Numbers and booleans may also come as strings (environment-variable overrides are text).
 */
public final class ConfigSection {

    private final String name;
    private final JsonObject json;

    private ConfigSection(String name, JsonObject json) {
        this.name = name;
        this.json = json;
    }

    /**
     * The section {@code name} of {@code config}; a missing section reads as empty (all defaults).
     *
     * @throws IllegalArgumentException if the section is not a JSON object
     */
    public static ConfigSection of(JsonObject config, String name) {
        Object value = config == null ? null : config.getValue(name);
        if (value == null) {
            return new ConfigSection(name, new JsonObject());
        }
        if (!(value instanceof JsonObject section)) {
            throw new IllegalArgumentException("invalid configuration: " + name + " must be a JSON object (got " + value + ")");
        }
        return new ConfigSection(name, section);
    }

    /**
     * A text value.
     *
     * @throws IllegalArgumentException if present but not a string
     */
    public String string(String key, String fallback) {
        Object value = json.getValue(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String text) {
            return text;
        }
        throw invalid(key, "must be a string", value);
    }

    /**
     * A text value that must not be blank.
     *
     * @throws IllegalArgumentException if present but not a string, or blank
     */
    public String nonBlank(String key, String fallback) {
        String value = string(key, fallback);
        if (value == null || value.isBlank()) {
            throw invalid(key, "must not be empty", value);
        }
        return value;
    }

    /**
     * An integer value within {@code min..max}.
     *
     * @throws IllegalArgumentException if present but not an integer, or out of range
     */
    public int integer(String key, int fallback, int min, int max) {
        Object value = json.getValue(key);
        long number;
        if (value == null) {
            number = fallback;
        } else if (value instanceof Number n && n.doubleValue() == n.longValue()) {
            number = n.longValue();
        } else if (value instanceof String text && text.trim().matches("-?\\d{1,18}")) {
            number = Long.parseLong(text.trim());
        } else {
            throw invalid(key, "must be an integer", value);
        }
        if (number < min || number > max) {
            throw invalid(key, "must be " + min + ".." + max, value);
        }
        return (int) number;
    }

    /**
     * A boolean value.
     *
     * @throws IllegalArgumentException if present but neither a boolean nor "true"/"false"
     */
    public boolean bool(String key, boolean fallback) {
        Object value = json.getValue(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw invalid(key, "must be true or false", value);
    }

    /** An error naming {@code <section>.<key>}, the problem and the value found. */
    public IllegalArgumentException invalid(String key, String problem, Object value) {
        return new IllegalArgumentException("invalid configuration: " + name + "." + key + " " + problem + " (got " + value + ")");
    }
}
