package io.chargeway.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.chargeway.core.CoreFixture;
import io.chargeway.core.db.DatabaseOptions;
import io.chargeway.core.db.SchemaMigrations;
import io.chargeway.infra.embedded.SharedTestInfrastructure;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.mysqlclient.MySQLBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;

@ExtendWith(VertxExtension.class)
class DemoSeederIT {

    @Test
    void theSeedCreatesOneTenantOneStationTenPilesAndSixteenGunsAndASecondRunChangesNothing(Vertx vertx) {
        Pool pool = migratedPool(vertx, "seed");

        assertThat(CoreFixture.await(new DemoSeeder(pool).seedIfEmpty())).isTrue();
        assertCounts(pool);
        String before = snapshot(pool);

        assertThat(CoreFixture.await(new DemoSeeder(pool).seedIfEmpty())).isFalse();
        assertCounts(pool);
        assertThat(snapshot(pool)).isEqualTo(before);
    }

    @Test
    void twoNodesSeedingAtOnceCreateOneRegistry(Vertx vertx) {
        DatabaseOptions options = migrated("seed_race");
        Pool first = pool(vertx, options);
        Pool second = pool(vertx, options);

        var results = CoreFixture.await(Future.all(new DemoSeeder(first).seedIfEmpty(), new DemoSeeder(second).seedIfEmpty()));

        assertThat(results.<Boolean>resultAt(0) ^ results.<Boolean>resultAt(1)).as("exactly one seeded").isTrue();
        assertCounts(first);
    }

    @Test
    void aLargeSeedCreatesEveryPileWithItsGunsInChunksAndASecondRunChangesNothing(Vertx vertx) {
        Pool pool = migratedPool(vertx, "seed_large");

        assertThat(CoreFixture.await(new DemoSeeder(pool, 5_001).seedIfEmpty())).isTrue();

        assertThat(count(pool, "SELECT COUNT(*) FROM piles")).isEqualTo(5_001);
        assertThat(count(pool, "SELECT COUNT(*) FROM guns")).isEqualTo(500 * 16 + 2);
        assertThat(count(pool, "SELECT COUNT(*) FROM piles WHERE pile_type = 'DC'")).isEqualTo(500 * 6 + 1);
        assertThat(one(pool, "SELECT MIN(pile_no), MAX(pile_no) FROM piles").getString(1)).isEqualTo("32010600024001");
        assertThat(count(pool, "SELECT COUNT(*) FROM guns g JOIN piles p ON p.id = g.pile_id"
                + " WHERE g.external_id <> CONCAT(p.pile_no, LPAD(g.gun_no, 2, '0')) OR g.gun_no > p.gun_count")).isZero();
        Row dc = one(pool, "SELECT pile_type, gun_count FROM piles WHERE pile_no = '32010600024001'");
        assertThat(dc.getString("pile_type")).isEqualTo("DC");
        assertThat(dc.getInteger("gun_count")).isEqualTo(2);
        String before = snapshot(pool);

        assertThat(CoreFixture.await(new DemoSeeder(pool, 5_001).seedIfEmpty())).isFalse();
        assertThat(snapshot(pool)).isEqualTo(before);
    }

    @Test
    void theSeededStationAndPilesCarryTheDemoFacts(Vertx vertx) {
        Pool pool = migratedPool(vertx, "seed_facts");
        CoreFixture.await(new DemoSeeder(pool).seedIfEmpty());

        Row station = one(pool, "SELECT s.name, s.latitude, s.longitude, s.opening_hours, s.parking_info, t.name AS tenant"
                + " FROM stations s JOIN tenants t ON t.id = s.tenant_id");
        assertThat(station.getString("name")).isEqualTo("Demo Station");
        assertThat(station.getString("tenant")).isEqualTo("Demo Operator");
        assertThat(station.getBigDecimal("latitude")).isEqualByComparingTo("32.0603");
        assertThat(station.getBigDecimal("longitude")).isEqualByComparingTo("118.7969");
        assertThat(station.getString("opening_hours")).isEqualTo("00:00-24:00");
        assertThat(station.getString("parking_info")).isNotBlank();
        Row dc = one(pool, "SELECT pile_type, rated_power_w, gun_count FROM piles WHERE pile_no = '32010600019006'");
        assertThat(dc.getString("pile_type")).isEqualTo("DC");
        assertThat(dc.getInteger("rated_power_w")).isEqualTo(120_000);
        assertThat(dc.getInteger("gun_count")).isEqualTo(2);
        Row ac = one(pool, "SELECT pile_type, rated_power_w, gun_count FROM piles WHERE pile_no = '32010600019007'");
        assertThat(ac.getString("pile_type")).isEqualTo("AC");
        assertThat(ac.getInteger("rated_power_w")).isEqualTo(7_000);
        assertThat(ac.getInteger("gun_count")).isEqualTo(1);
    }

    private static void assertCounts(Pool pool) {
        assertThat(count(pool, "SELECT COUNT(*) FROM tenants")).isEqualTo(1);
        assertThat(count(pool, "SELECT COUNT(*) FROM stations")).isEqualTo(1);
        assertThat(count(pool, "SELECT COUNT(*) FROM tariffs")).isEqualTo(1);
        assertThat(count(pool, "SELECT COUNT(*) FROM piles")).isEqualTo(10);
        assertThat(count(pool, "SELECT COUNT(*) FROM guns")).isEqualTo(16);
    }

    private static String snapshot(Pool pool) {
        return one(pool, "SELECT CONCAT((SELECT GROUP_CONCAT(id, name) FROM tenants), '|',"
                + " (SELECT GROUP_CONCAT(id, pile_no, created_at ORDER BY id) FROM piles), '|',"
                + " (SELECT GROUP_CONCAT(id, external_id ORDER BY id) FROM guns)) AS s").getString("s");
    }

    private static long count(Pool pool, String sql) {
        return one(pool, sql).getLong(0);
    }

    private static Row one(Pool pool, String sql) {
        return CoreFixture.await(pool.query(sql).execute()).iterator().next();
    }

    private static Pool migratedPool(Vertx vertx, String prefix) {
        return pool(vertx, migrated(prefix));
    }

    private static DatabaseOptions migrated(String prefix) {
        DatabaseOptions options = DatabaseOptions.fromJson(SharedTestInfrastructure.configWithNewDatabase(prefix));
        new SchemaMigrations(options).migrate();
        return options;
    }

    private static Pool pool(Vertx vertx, DatabaseOptions options) {
        return MySQLBuilder.pool().connectingTo(options.connectOptions()).using(vertx).build();
    }
}
