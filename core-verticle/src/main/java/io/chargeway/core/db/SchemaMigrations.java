package io.chargeway.core.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database schema to the newest version with the versioned SQL migrations in
 * {@code db/migration} ({@code V1__registry.sql} ...). Safe to run on every start and from several
 * core nodes at once: applied versions are skipped, and Flyway serialises concurrent runs with
 * a database lock.
 *
 * <p>Flyway is JDBC and blocks: call {@link #migrate()} on a worker thread, never on an event loop.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private final DatabaseOptions options;

    /** Migrations for the database {@code options} names. */
    public SchemaMigrations(DatabaseOptions options) {
        this.options = options;
    }

    /**
     * Applies every migration not applied yet. Blocks.
     *
     * @return the number of migrations applied now (0 when the schema was current)
     * @throws org.flywaydb.core.api.FlywayException if the database cannot be reached or a migration fails
     */
    public int migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(options.jdbcUrl(), options.user(), options.password())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info("database schema current [database: {}, version: {}, applied now: {}]", options.database(),
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
        return result.migrationsExecuted;
    }
}
