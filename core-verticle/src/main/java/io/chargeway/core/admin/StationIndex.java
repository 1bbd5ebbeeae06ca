package io.chargeway.core.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.event.GunStatus;
import io.vertx.core.Future;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;

/**
 * The in-memory index behind station search: every active station with its guns and price
 * table, grouped by tenant, plus the live state of every gun. Built from MySQL (and the guns'
 * last state from Redis) at start and on every registry change; gun states follow the pile
 * event feed. Each core node builds its own from shared data, so nothing here is state another
 * node must see. Confined to the event loop of the verticle that owns it.
 */
public final class StationIndex {

    private static final String STATIONS = "SELECT s.id, s.tenant_id, s.name, s.address, s.latitude, s.longitude, s.opening_hours, "
            + "s.parking_info, s.service_tel, s.external_id, t.slots, t.sharp_electricity_milli_fen_per_kwh, "
            + "t.sharp_service_milli_fen_per_kwh, t.peak_electricity_milli_fen_per_kwh, t.peak_service_milli_fen_per_kwh, "
            + "t.flat_electricity_milli_fen_per_kwh, t.flat_service_milli_fen_per_kwh, t.valley_electricity_milli_fen_per_kwh, "
            + "t.valley_service_milli_fen_per_kwh FROM stations s LEFT JOIN tariffs t ON t.id = s.tariff_id WHERE s.status = 'ACTIVE'";
    private static final String GUNS = "SELECT p.station_id, p.pile_no, p.pile_type, p.rated_power_w, g.gun_no, g.external_id, "
            + "g.max_power_w FROM guns g JOIN piles p ON p.id = g.pile_id WHERE p.status = 'ACTIVE'";

    /** One gun of a station; {@code key} is {@code pileNo:gunNo}, built once (its hash is cached). */
    public record GunEntry(long stationId, String pileNo, int gunNo, boolean fast, String externalId, int maxPowerW, String key) {
        GunEntry(long stationId, String pileNo, int gunNo, boolean fast, String externalId, int maxPowerW) {
            this(stationId, pileNo, gunNo, fast, externalId, maxPowerW, pileNo + ":" + gunNo);
        }
    }

    /** One station. */
    public record StationEntry(long id, long tenantId, String name, String address, double latitude, double longitude,
                               String openingHours, String parkingInfo, String serviceTel, String externalId, PriceTable prices,
                               List<GunEntry> guns) {
    }

    private final Pool pool;
    private final RedisAPI redis;
    private final Clock clock;
    private Map<Long, List<StationEntry>> byTenant = Map.of();
    private Map<Long, StationEntry> byId = Map.of();
    private Map<String, GunEntry> byGunExternalId = Map.of();
    private Map<String, GunEntry> byGunKey = Map.of();
    private final Map<String, GunStatus> gunStates = new HashMap<>();

    /** An empty index over {@code pool} and {@code redis}; call {@link #reload()}. */
    public StationIndex(Pool pool, RedisAPI redis, Clock clock) {
        this.pool = pool;
        this.redis = redis;
        this.clock = clock;
    }

    /**
     * Rebuilds the index from the database and the guns' last states from Redis.
     *
     * @return completes when the new index is in place; on failure the old one stays
     */
    public Future<Void> reload() {
        return pool.query(STATIONS).execute().compose(stations -> pool.query(GUNS).execute().map(guns -> build(stations, guns)))
                .compose(this::loadGunStates);
    }

    private List<GunEntry> build(RowSet<Row> stations, RowSet<Row> guns) {
        Map<Long, List<GunEntry>> gunsByStation = new HashMap<>();
        List<GunEntry> all = new ArrayList<>();
        for (Row g : guns) {
            GunEntry e = new GunEntry(g.getLong("station_id"), g.getString("pile_no"), g.getInteger("gun_no"),
                    "DC".equals(g.getString("pile_type")), g.getString("external_id"), g.getInteger("max_power_w"));
            gunsByStation.computeIfAbsent(e.stationId(), k -> new ArrayList<>()).add(e);
            all.add(e);
        }
        Map<Long, List<StationEntry>> tenants = new HashMap<>();
        Map<Long, StationEntry> ids = new HashMap<>();
        Map<String, GunEntry> externals = new HashMap<>();
        Map<String, GunEntry> keys = new HashMap<>();
        for (Row s : stations) {
            StationEntry e = new StationEntry(s.getLong("id"), s.getLong("tenant_id"), s.getString("name"), s.getString("address"),
                    s.getBigDecimal("latitude").doubleValue(), s.getBigDecimal("longitude").doubleValue(), s.getString("opening_hours"),
                    s.getString("parking_info"), s.getString("service_tel"), s.getString("external_id"), prices(s),
                    List.copyOf(gunsByStation.getOrDefault(s.getLong("id"), List.of())));
            tenants.computeIfAbsent(e.tenantId(), k -> new ArrayList<>()).add(e);
            ids.put(e.id(), e);
            e.guns().forEach(g -> {
                externals.put(g.externalId(), g);
                keys.put(g.key(), g);
            });
        }
        byTenant = tenants;
        byId = ids;
        byGunExternalId = externals;
        byGunKey = keys;
        return all;
    }

    private static PriceTable prices(Row s) {
        if (s.getString("slots") == null) {
            return null;
        }
        String[] p = {"sharp", "peak", "flat", "valley"};
        long[] e = new long[4];
        long[] v = new long[4];
        for (int i = 0; i < 4; i++) {
            e[i] = s.getLong(p[i] + "_electricity_milli_fen_per_kwh");
            v[i] = s.getLong(p[i] + "_service_milli_fen_per_kwh");
        }
        return new PriceTable(e, v, s.getString("slots"));
    }

    private Future<Void> loadGunStates(List<GunEntry> guns) {
        List<Future<Response>> reads = new ArrayList<>();
        for (GunEntry g : guns) {
            reads.add(redis.hget(RedisKeys.gunState(g.pileNo(), g.gunNo()), "status"));
        }
        return Future.join(reads).transform(ar -> {
            for (int i = 0; i < guns.size(); i++) {
                Response r = reads.get(i).succeeded() ? reads.get(i).result() : null;
                gunStates.putIfAbsent(guns.get(i).key(), r == null ? GunStatus.OFFLINE : parse(r.toString()));
            }
            return Future.succeededFuture();
        });
    }

    private static GunStatus parse(String s) {
        try {
            return GunStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return GunStatus.OFFLINE;
        }
    }

    /** Records a gun's new state. */
    public void gunState(String pileNo, int gunNo, GunStatus status) {
        gunStates.put(pileNo + ":" + gunNo, status);
    }

    /** Marks every gun of a pile offline. */
    public void pileOffline(String pileNo) {
        gunStates.replaceAll((k, v) -> k.startsWith(pileNo + ":") ? GunStatus.OFFLINE : v);
    }

    /** The state of a gun (OFFLINE when unknown). */
    public GunStatus state(GunEntry gun) {
        return gunStates.getOrDefault(gun.key(), GunStatus.OFFLINE);
    }

    /** The active stations of a tenant. */
    public List<StationEntry> stations(long tenantId) {
        return byTenant.getOrDefault(tenantId, List.of());
    }

    /** An active station by id, or null. */
    public StationEntry station(long id) {
        return byId.get(id);
    }

    /** The gun with this external (QR) id, or null. */
    public GunEntry gunByExternalId(String externalId) {
        return byGunExternalId.get(externalId);
    }

    /** The gun by pile number and gun number, or null. */
    public GunEntry gun(String pileNo, int gunNo) {
        return byGunKey.get(pileNo + ":" + gunNo);
    }

    /** The clock prices are read with. */
    public Clock clock() {
        return clock;
    }
}
