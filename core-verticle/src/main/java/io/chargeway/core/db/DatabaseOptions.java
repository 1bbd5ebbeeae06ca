package io.chargeway.core.db;

import java.util.regex.Pattern;

import io.chargeway.core.ConfigSection;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * Where the core's MySQL/MariaDB database is: the {@code "database"} configuration section.
 *
 * @param host     server host, default {@code 127.0.0.1}
 * @param port     server port, default 3306
 * @param database schema name, default {@code chargeway}
 * @param user     user, default {@code root}
 * @param password password, default empty
 * @param poolSize connections of the reactive pool per verticle instance, default 8
 */
public record DatabaseOptions(String host, int port, String database, String user, String password, int poolSize) {

    /** The configuration section. */
    public static final String SECTION = "database";

    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_$]{1,64}");

    /**
     * Reads the {@code "database"} section of the merged configuration.
     *
     * @throws IllegalArgumentException naming the key when a value is missing, mistyped or out of range
     */
    public static DatabaseOptions fromJson(JsonObject config) {
        ConfigSection section = ConfigSection.of(config, SECTION);
        String database = section.nonBlank("database", "chargeway");
        if (!SCHEMA_NAME.matcher(database).matches()) {
            throw section.invalid("database", "must be 1..64 letters, digits, '_' or '$'", database);
        }
        return new DatabaseOptions(
                section.nonBlank("host", "127.0.0.1"),
                section.integer("port", 3306, 1, 65_535),
                database,
                section.nonBlank("user", "root"),
                section.string("password", ""),
                section.integer("poolSize", 8, 1, 256));
    }

    /** The JDBC URL (MariaDB Connector/J, which also talks to MySQL) used by the schema migrations. */
    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** The options of the reactive MySQL client. */
    public MySQLConnectOptions connectOptions() {
        return new MySQLConnectOptions().setHost(host).setPort(port).setDatabase(database).setUser(user).setPassword(password)
                .setCharset("utf8mb4");
    }

    /** The options of the reactive pool. */
    public PoolOptions poolOptions() {
        return new PoolOptions().setMaxSize(poolSize).setName("chargeway-core-db");
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "DatabaseOptions[" + user + "@" + host + ":" + port + "/" + database + ", poolSize=" + poolSize + "]";
    }
}
