package io.chargeway.core.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Pile and gun administration ({@code pile.list}, {@code pile.get}, {@code pile.create},
 * {@code pile.update}, {@code pile.set-status}, {@code gun.update}) within the caller's tenant and
 * {@link StationScope} (station owners and agents: the piles of their stations).
 * A pile is registered with its guns in one transaction at a station of the same tenant; the
 * station's DC/AC and fast/slow flags follow its piles.
 */
public final class PileAdmin {

    private static final String COLUMNS = "SELECT p.id, p.tenant_id AS tenantId, p.station_id AS stationId, p.pile_no AS pileNo, "
            + "p.external_id AS externalId, p.pile_type AS kind, p.rated_power_w AS ratedPowerW, p.gun_count AS gunCount, "
            + "p.status = 'ACTIVE' AS enabled, p.tariff_id AS tariffId, p.last_login_at AS lastLoginAt, p.online_node AS onlineNode, "
            + "p.program_version AS programVersion, p.created_at AS createdAt, p.updated_at AS updatedAt FROM piles p";
    private static final String GUNS = "SELECT g.gun_no AS gunNo, g.external_id AS externalId, g.connector_type AS connectorType, "
            + "g.max_power_w AS maxPowerW FROM guns g WHERE g.pile_id = ? ORDER BY g.gun_no";
    private static final Set<String> FLAGS = Set.of("enabled");

    private final Pool pool;
    private final EventBus bus;
    private final Clock clock;
    private final StationScope scopes;

    /** Pile administration on {@code pool}, announcing changes on {@code bus}. */
    public PileAdmin(Pool pool, EventBus bus, Clock clock) {
        this.pool = pool;
        this.bus = bus;
        this.clock = clock;
        this.scopes = new StationScope(pool);
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("pile.list", this::list).on("pile.get", r -> find(r, r.input().getString("pileNo")))
                .on("pile.create", this::create).on("pile.update", this::update).on("pile.set-status", this::setStatus)
                .on("gun.update", this::updateGun);
    }

    private Future<JsonObject> list(WebRequest r) {
        Long tenant = TenantScope.forRead(r.caller(), r.input());
        Long station = r.input().getLong("stationId");
        String q = r.input().getString("q");
        String like = q == null ? null : "%" + q + "%";
        int page = Rows.page(r.input());
        int size = Rows.size(r.input());
        return scopes.of(r.caller()).compose(scope -> {
            String where = " WHERE (? IS NULL OR p.tenant_id = ?) AND (? IS NULL OR p.station_id = ?) AND (? IS NULL OR p.pile_no LIKE ?)"
                    + " AND " + scope.condition("p.station_id");
            Tuple args = scope.addTo(Tuple.of(tenant, tenant, station, station, like, like));
            return pool.preparedQuery("SELECT COUNT(*) FROM piles p" + where).execute(args)
                    .compose(count -> pool.preparedQuery(COLUMNS + where + " ORDER BY p.id LIMIT ? OFFSET ?")
                            .execute(Rows.paged(args, page, size))
                            .map(rows -> Rows.page(Rows.all(rows, FLAGS), count.iterator().next().getLong(0), page, size)));
        });
    }

    /** The pile with its guns if the caller may see it; {@code NOT_FOUND} otherwise. */
    Future<JsonObject> find(WebRequest r, String pileNo) {
        return scopes.of(r.caller()).compose(scope -> pool.preparedQuery(COLUMNS + " WHERE p.pile_no = ? AND "
                + scope.condition("p.station_id")).execute(scope.addTo(Tuple.of(pileNo)))).compose(rows -> {
            Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
            if (row == null || !TenantScope.visible(r.caller(), row.getLong("tenantId"))) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no pile " + pileNo));
            }
            JsonObject pile = Rows.json(row, FLAGS);
            return pool.preparedQuery(GUNS).execute(Tuple.of(pile.getLong("id")))
                    .map(guns -> pile.put("guns", new JsonArray(new ArrayList<>(Rows.all(guns, Set.of())))));
        });
    }

    private Future<JsonObject> create(WebRequest r) {
        JsonObject b = r.input().getJsonObject("body");
        long stationId = b.getLong("stationId");
        return scopes.of(r.caller()).compose(scope -> pool.preparedQuery("SELECT tenant_id FROM stations WHERE id = ? AND "
                + scope.condition("id")).execute(scope.addTo(Tuple.of(stationId)))).compose(rows -> {
            Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
            if (row == null || !TenantScope.visible(r.caller(), row.getLong(0))) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no station " + stationId));
            }
            long tenant = row.getLong(0);
            return pool.withTransaction(conn -> insertPile(conn, tenant, b))
                    .recover(e -> Future.failedFuture(AdminErrors.translate(e, "pile " + b.getString("pileNo") + " is registered already")))
                    .compose(v -> changed(tenant, stationId))
                    .compose(v -> find(r, b.getString("pileNo")));
        });
    }

    private Future<Void> insertPile(SqlConnection conn, long tenant, JsonObject b) {
        LocalDateTime now = now();
        String pileNo = b.getString("pileNo");
        String kind = b.getString("kind", "DC");
        int powerW = b.getInteger("ratedPowerKw", "DC".equals(kind) ? 120 : 7) * 1000;
        int guns = b.getInteger("gunCount");
        return conn.preparedQuery("INSERT INTO piles (tenant_id, station_id, pile_no, external_id, pile_type, rated_power_w, gun_count, "
                        + "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
                .execute(Tuple.of(tenant, b.getLong("stationId"), pileNo, pileNo, kind, powerW, guns, now, now))
                .compose(rows -> {
                    long pileId = rows.property(MySQLClient.LAST_INSERTED_ID);
                    List<Tuple> batch = new ArrayList<>();
                    for (int g = 1; g <= guns; g++) {
                        batch.add(Tuple.of(tenant, pileId, g, pileNo + String.format("%02d", g), "DC".equals(kind) ? 4 : 3,
                                powerW / guns, now, now));
                    }
                    return conn.preparedQuery("INSERT INTO guns (tenant_id, pile_id, gun_no, external_id, connector_type, max_power_w, "
                            + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").executeBatch(batch);
                })
                .compose(v -> conn.preparedQuery("UPDATE stations SET has_dc = has_dc OR ? = 'DC', has_ac = has_ac OR ? = 'AC', "
                        + "fast_charging = fast_charging OR ? = 'DC', slow_charging = slow_charging OR ? = 'AC', updated_at = ? "
                        + "WHERE id = ?").execute(Tuple.of(kind, kind, kind, kind, now, b.getLong("stationId"))))
                .mapEmpty();
    }

    private Future<JsonObject> update(WebRequest r) {
        String pileNo = r.input().getString("pileNo");
        JsonObject b = r.input().getJsonObject("body");
        Integer powerW = b.getInteger("ratedPowerKw") == null ? null : b.getInteger("ratedPowerKw") * 1000;
        return find(r, pileNo).compose(pile -> pool.preparedQuery("UPDATE piles SET pile_type = COALESCE(?, pile_type), "
                        + "rated_power_w = COALESCE(?, rated_power_w), updated_at = ? WHERE pile_no = ?")
                .execute(Tuple.of(b.getString("kind"), powerW, now(), pileNo))
                .compose(rows -> changed(pile.getLong("tenantId"), pile.getLong("stationId")))
                .compose(v -> find(r, pileNo)));
    }

    private Future<JsonObject> setStatus(WebRequest r) {
        String pileNo = r.input().getString("pileNo");
        boolean enabled = r.input().getJsonObject("body").getBoolean("enabled");
        return find(r, pileNo).compose(pile -> pool.preparedQuery("UPDATE piles SET status = ?, updated_at = ? WHERE pile_no = ?")
                .execute(Tuple.of(enabled ? "ACTIVE" : "DISABLED", now(), pileNo))
                .compose(rows -> changed(pile.getLong("tenantId"), pile.getLong("stationId")))
                .compose(v -> find(r, pileNo)));
    }

    private Future<JsonObject> updateGun(WebRequest r) {
        String pileNo = r.input().getString("pileNo");
        int gunNo = r.input().getInteger("gunNo");
        JsonObject b = r.input().getJsonObject("body");
        return find(r, pileNo).compose(pile -> pool.preparedQuery("UPDATE guns SET external_id = COALESCE(?, external_id), "
                        + "connector_type = COALESCE(?, connector_type), max_power_w = COALESCE(?, max_power_w), updated_at = ? "
                        + "WHERE pile_id = ? AND gun_no = ?")
                .execute(Tuple.of(b.getString("externalId"), b.getInteger("connectorType"), b.getInteger("maxPowerW"), now(),
                        pile.getLong("id"), gunNo))
                .recover(e -> Future.failedFuture(AdminErrors.translate(e, "another gun has this external id")))
                .compose(rows -> rows.rowCount() == 0 && noSuchGun(pile, gunNo)
                        ? Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no gun " + gunNo + " on pile " + pileNo))
                        : changed(pile.getLong("tenantId"), pile.getLong("stationId")))
                .compose(v -> find(r, pileNo))
                .map(p -> gun(p, gunNo).put("pileNo", pileNo)));
    }

    private static boolean noSuchGun(JsonObject pile, int gunNo) {
        return pile.getJsonArray("guns").stream().noneMatch(g -> ((JsonObject) g).getInteger("gunNo") == gunNo);
    }

    private static JsonObject gun(JsonObject pile, int gunNo) {
        return pile.getJsonArray("guns").stream().map(JsonObject.class::cast).filter(g -> g.getInteger("gunNo") == gunNo)
                .findFirst().orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND, "no gun " + gunNo));
    }

    private Future<Void> changed(long tenantId, long stationId) {
        bus.publish(WebAddresses.FEED_REGISTRY_CHANGED, new JsonObject().put("tenantId", tenantId).put("stationId", stationId));
        return Future.succeededFuture();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
