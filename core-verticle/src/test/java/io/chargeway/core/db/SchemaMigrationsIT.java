package io.chargeway.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.core.CoreFixture;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

@ExtendWith(VertxExtension.class)
class SchemaMigrationsIT {

    private static final List<String> TABLES = List.of("guns", "piles", "stations", "tariffs", "tenants", "transaction_records");

    @Test
    void migrationsCreateTheRegistryOnAnEmptyDatabaseAndAreRerunnable(Vertx vertx) {
        DatabaseOptions options = DatabaseOptions.fromJson(SharedTestInfrastructure.configWithNewDatabase("schema"));
        SchemaMigrations migrations = new SchemaMigrations(options);

        assertThat(migrations.migrate()).isPositive();
        assertThat(migrations.migrate()).isZero();

        Pool pool = MySQLBuilder.pool().connectingTo(options.connectOptions()).using(vertx).build();
        List<Row> tables = rows(pool, "SELECT table_name AS name, engine, table_collation AS collation FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_name <> 'flyway_schema_history' ORDER BY table_name", options.database());
        assertThat(tables).extracting(r -> r.getString("name")).containsAll(TABLES);
        assertThat(tables).allSatisfy(r -> {
            assertThat(r.getString("engine")).isEqualTo("InnoDB");
            assertThat(r.getString("collation")).startsWith("utf8mb4");
        });
    }

    @Test
    void everyBusinessTableCarriesItsTenant(Vertx vertx) {
        DatabaseOptions options = DatabaseOptions.fromJson(SharedTestInfrastructure.configWithNewDatabase("tenancy"));
        new SchemaMigrations(options).migrate();

        Pool pool = MySQLBuilder.pool().connectingTo(options.connectOptions()).using(vertx).build();
        List<Row> withoutTenant = rows(pool, "SELECT t.table_name AS name FROM information_schema.tables t"
                + " WHERE t.table_schema = ? AND t.table_name NOT IN ('tenants', 'flyway_schema_history', 'permissions', 'role_permissions',"
                + " 'admin_user_roles') AND NOT EXISTS"
                + " (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.table_schema"
                + " AND c.table_name = t.table_name AND c.column_name = 'tenant_id')", options.database());
        assertThat(withoutTenant).extracting(r -> r.getString("name")).isEmpty();
    }

    @Test
    void moneyAndEnergyColumnsAreIntegers(Vertx vertx) {
        DatabaseOptions options = DatabaseOptions.fromJson(SharedTestInfrastructure.configWithNewDatabase("units"));
        new SchemaMigrations(options).migrate();

        Pool pool = MySQLBuilder.pool().connectingTo(options.connectOptions()).using(vertx).build();
        List<Row> columns = rows(pool, "SELECT column_name AS name, data_type AS type FROM information_schema.columns"
                + " WHERE table_schema = ? AND (column_name LIKE '%fen%' OR column_name LIKE '%wh' OR column_name LIKE '%_w')",
                options.database());
        assertThat(columns).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(r -> assertThat(r.getString("type")).as(r.getString("name")).isIn("bigint", "int"));
    }

    private static List<Row> rows(Pool pool, String sql, Object... params) {
        List<Row> rows = new java.util.ArrayList<>();
        CoreFixture.await(pool.preparedQuery(sql).execute(Tuple.from(params))).forEach(rows::add);
        return rows;
    }
}
