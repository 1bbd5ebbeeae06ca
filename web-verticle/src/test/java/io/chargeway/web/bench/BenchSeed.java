package io.chargeway.web.bench;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.chargeway.web.it.AllRoleStack;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Seeds a tenant with many stations around Nanjing for the benchmark: {@code stations} stations
 * (random points within ~15 km of the city centre, the demo tariff) with one DC pile of
 * {@code gunsPerStation} guns each, written straight into the database in batches.
 */
final class BenchSeed {

    private BenchSeed() {
    }

    static void seed(Pool pool, long tenantId, int stations, int gunsPerStation) {
        Row demo = AllRoleStack.await(pool.preparedQuery("SELECT tariff_id FROM stations WHERE tenant_id = ? LIMIT 1")
                .execute(Tuple.of(tenantId))).iterator().next();
        Long tariff = demo.getLong(0);
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Tuple> stationRows = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            double lat = 32.06 + (random.nextDouble() - 0.5) * 0.27;
            double lng = 118.80 + (random.nextDouble() - 0.5) * 0.32;
            stationRows.add(Tuple.of(tenantId, String.format("B%07d", i), "Bench station " + i, "Bench road " + i, lat, lng, tariff,
                    now, now));
        }
        AllRoleStack.await(pool.preparedQuery("INSERT INTO stations (tenant_id, external_id, name, country_code, area_code, address, "
                + "latitude, longitude, station_type, park_nums, opening_hours, fast_charging, slow_charging, has_dc, has_ac, tariff_id, "
                + "status, created_at, updated_at) VALUES (?, ?, ?, 'CN', '320102', ?, ?, ?, 1, 10, '00:00-24:00', TRUE, FALSE, TRUE, "
                + "FALSE, ?, 'ACTIVE', ?, ?)").executeBatch(stationRows));
        List<Long> ids = new ArrayList<>();
        AllRoleStack.await(pool.preparedQuery("SELECT id FROM stations WHERE tenant_id = ? AND external_id LIKE 'B%' ORDER BY id")
                .execute(Tuple.of(tenantId))).forEach(r -> ids.add(r.getLong(0)));
        List<Tuple> piles = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String pileNo = String.format("55%012d", i);
            piles.add(Tuple.of(tenantId, ids.get(i), pileNo, pileNo, gunsPerStation, now, now));
        }
        AllRoleStack.await(pool.preparedQuery("INSERT INTO piles (tenant_id, station_id, pile_no, external_id, pile_type, rated_power_w, "
                + "gun_count, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'DC', 120000, ?, 'ACTIVE', ?, ?)").executeBatch(piles));
        List<Tuple> guns = new ArrayList<>();
        AllRoleStack.await(pool.preparedQuery("SELECT id, pile_no FROM piles WHERE pile_no LIKE '55%'").execute()).forEach(r -> {
            for (int g = 1; g <= gunsPerStation; g++) {
                guns.add(Tuple.of(tenantId, r.getLong(0), g, r.getString(1) + String.format("%02d", g), now, now));
            }
        });
        AllRoleStack.await(pool.preparedQuery("INSERT INTO guns (tenant_id, pile_id, gun_no, external_id, connector_type, max_power_w, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, 4, 60000, ?, ?)").executeBatch(guns));
    }
}
