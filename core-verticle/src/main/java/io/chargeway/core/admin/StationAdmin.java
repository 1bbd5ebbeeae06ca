package io.chargeway.core.admin;

import java.security.SecureRandom;
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
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * Station administration ({@code station.list}, {@code station.get}, {@code station.create},
 * {@code station.update}, {@code station.set-status}), always within the caller's tenant and
 * {@link StationScope}: a row of another tenant (or, for a station owner or agent, a station that
 * does not name it) is "not found", never "forbidden", so ids do not leak. Owners and agents
 * change their stations but neither create stations nor reassign them; {@code ownerId} and
 * {@code agentId} must be admin accounts of the station's tenant. Every write publishes
 * {@link WebAddresses#FEED_REGISTRY_CHANGED} so the station search index refreshes.
 */
public final class StationAdmin {

    static final String COLUMNS = "SELECT id, tenant_id AS tenantId, external_id AS externalId, name, address, latitude, longitude, "
            + "area_code AS areaCode, service_tel AS serviceTel, station_type AS stationType, park_nums AS parkNums, "
            + "opening_hours AS openingHours, parking_info AS parkingInfo, fast_charging AS fastCharging, "
            + "slow_charging AS slowCharging, has_dc AS hasDc, has_ac AS hasAc, owner_id AS ownerId, agent_id AS agentId, "
            + "tariff_id AS tariffId, status = 'ACTIVE' AS enabled, created_at AS createdAt, updated_at AS updatedAt FROM stations";
    static final Set<String> FLAGS = Set.of("enabled", "fastCharging", "slowCharging", "hasDc", "hasAc");
    private static final String ID_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final Pool pool;
    private final EventBus bus;
    private final Clock clock;
    private final StationScope scopes;
    private final SecureRandom random = new SecureRandom();

    /** Station administration on {@code pool}, announcing changes on {@code bus}. */
    public StationAdmin(Pool pool, EventBus bus, Clock clock) {
        this.pool = pool;
        this.bus = bus;
        this.clock = clock;
        this.scopes = new StationScope(pool);
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("station.list", this::list).on("station.get", this::get).on("station.create", this::create)
                .on("station.update", this::update).on("station.set-status", this::setStatus);
    }

    private Future<JsonObject> list(WebRequest r) {
        Long tenant = TenantScope.forRead(r.caller(), r.input());
        String q = r.input().getString("q");
        String like = q == null ? null : "%" + q + "%";
        int page = Rows.page(r.input());
        int size = Rows.size(r.input());
        return scopes.of(r.caller()).compose(scope -> {
            String where = " WHERE (? IS NULL OR tenant_id = ?) AND (? IS NULL OR name LIKE ? OR address LIKE ?) AND "
                    + scope.condition("id");
            Tuple args = scope.addTo(Tuple.of(tenant, tenant, like, like, like));
            return pool.preparedQuery("SELECT COUNT(*) FROM stations" + where).execute(args)
                    .compose(count -> pool.preparedQuery(COLUMNS + where + " ORDER BY id LIMIT ? OFFSET ?")
                            .execute(Rows.paged(args, page, size))
                            .map(rows -> Rows.page(Rows.all(rows, FLAGS), count.iterator().next().getLong(0), page, size)));
        });
    }

    private Future<JsonObject> get(WebRequest r) {
        return find(r, r.input().getLong("stationId"));
    }

    /** The station if the caller may see it; fails with {@code NOT_FOUND} otherwise. */
    Future<JsonObject> find(WebRequest r, long id) {
        return scopes.of(r.caller()).compose(scope -> pool.preparedQuery(COLUMNS + " WHERE id = ?").execute(Tuple.of(id))
                .compose(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    JsonObject station = row == null ? null : Rows.json(row, FLAGS);
                    if (station == null || !TenantScope.visible(r.caller(), station.getLong("tenantId")) || !scope.allows(station)) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no station " + id));
                    }
                    return Future.succeededFuture(station);
                }));
    }

    private Future<JsonObject> create(WebRequest r) {
        long tenant = TenantScope.forWrite(r.caller(), r.input());
        JsonObject b = r.input().getJsonObject("body");
        return scopes.of(r.caller()).compose(scope -> scope.limited()
                        ? Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN,
                                "station owners and agents cannot create stations"))
                        : parties(tenant, b))
                .compose(v -> insert(r, tenant, b));
    }

    /**
     * Checks that the owner and agent a body names are admin accounts of {@code tenant}.
     *
     * @return fails with {@code BAD_REQUEST} naming the field otherwise
     */
    private Future<Void> parties(long tenant, JsonObject b) {
        Long owner = b.getLong("ownerId");
        Long agent = b.getLong("agentId");
        if (owner == null && agent == null) {
            return Future.succeededFuture();
        }
        return pool.preparedQuery("SELECT id FROM admin_users WHERE tenant_id = ? AND id IN (?, ?)")
                .execute(Tuple.of(tenant, owner == null ? 0L : owner, agent == null ? 0L : agent)).compose(rows -> {
                    List<Long> found = new ArrayList<>();
                    rows.forEach(row -> found.add(row.getLong(0)));
                    String bad = owner != null && !found.contains(owner) ? "ownerId" : agent != null && !found.contains(agent) ? "agentId"
                            : null;
                    return bad == null ? Future.<Void>succeededFuture() : Future.failedFuture(new PlatformException(
                            ErrorCode.BAD_REQUEST, bad + " must be an admin account of the station's operator"));
                });
    }

    private Future<JsonObject> insert(WebRequest r, long tenant, JsonObject b) {
        LocalDateTime now = now();
        String externalId = b.getString("externalId", generatedExternalId());
        Tuple t = Tuple.tuple().addLong(tenant).addString(externalId).addString(b.getString("name"))
                .addString(b.getString("areaCode", "000000")).addString(b.getString("address"))
                .addValue(b.getDouble("latitude")).addValue(b.getDouble("longitude")).addString(b.getString("serviceTel"))
                .addInteger(b.getInteger("stationType", 1)).addInteger(b.getInteger("parkNums", 0))
                .addString(b.getString("openingHours", "00:00-24:00")).addString(b.getString("parkingInfo"))
                .addValue(b.getLong("ownerId")).addValue(b.getLong("agentId")).addValue(now).addValue(now);
        return pool.preparedQuery("INSERT INTO stations (tenant_id, external_id, name, country_code, area_code, address, latitude, "
                        + "longitude, service_tel, station_type, park_nums, opening_hours, parking_info, fast_charging, slow_charging, "
                        + "has_dc, has_ac, owner_id, agent_id, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, 'CN', ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, ?, ?, 'ACTIVE', ?, ?)")
                .execute(t)
                .recover(e -> Future.failedFuture(AdminErrors.translate(e, "a station with external id " + externalId + " exists")))
                .compose(rows -> changed(tenant, rows.property(MySQLClient.LAST_INSERTED_ID)))
                .compose(id -> find(r, id));
    }

    private Future<JsonObject> update(WebRequest r) {
        long id = r.input().getLong("stationId");
        JsonObject b = r.input().getJsonObject("body");
        return find(r, id).compose(current -> reassignable(r, current, b)).compose(current -> pool.preparedQuery(
                "UPDATE stations SET name = ?, address = ?, latitude = ?, longitude = ?, "
                        + "opening_hours = COALESCE(?, opening_hours), parking_info = COALESCE(?, parking_info), "
                        + "external_id = COALESCE(?, external_id), area_code = COALESCE(?, area_code), "
                        + "service_tel = COALESCE(?, service_tel), station_type = COALESCE(?, station_type), "
                        + "park_nums = COALESCE(?, park_nums), owner_id = COALESCE(?, owner_id), agent_id = COALESCE(?, agent_id), "
                        + "updated_at = ? WHERE id = ?")
                .execute(Tuple.tuple().addString(b.getString("name")).addString(b.getString("address"))
                        .addValue(b.getDouble("latitude")).addValue(b.getDouble("longitude")).addString(b.getString("openingHours"))
                        .addString(b.getString("parkingInfo")).addString(b.getString("externalId")).addString(b.getString("areaCode"))
                        .addString(b.getString("serviceTel")).addValue(b.getInteger("stationType")).addValue(b.getInteger("parkNums"))
                        .addValue(b.getLong("ownerId")).addValue(b.getLong("agentId")).addValue(now()).addLong(id))
                .recover(e -> Future.failedFuture(AdminErrors.translate(e, "another station has this external id")))
                .compose(rows -> changed(current.getLong("tenantId"), id))
                .compose(x -> find(r, id)));
    }

    /** Refuses owners and agents who name a new owner or agent, and unknown accounts; answers {@code current}. */
    private Future<JsonObject> reassignable(WebRequest r, JsonObject current, JsonObject b) {
        boolean reassigns = b.getLong("ownerId") != null && !b.getLong("ownerId").equals(current.getLong("ownerId"))
                || b.getLong("agentId") != null && !b.getLong("agentId").equals(current.getLong("agentId"));
        if (!reassigns) {
            return Future.succeededFuture(current);
        }
        return scopes.of(r.caller()).compose(scope -> scope.limited()
                ? Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "station owners and agents cannot reassign stations"))
                : parties(current.getLong("tenantId"), b).map(current));
    }

    private Future<JsonObject> setStatus(WebRequest r) {
        long id = r.input().getLong("stationId");
        boolean enabled = r.input().getJsonObject("body").getBoolean("enabled");
        return find(r, id).compose(current -> pool.preparedQuery("UPDATE stations SET status = ?, updated_at = ? WHERE id = ?")
                .execute(Tuple.of(enabled ? "ACTIVE" : "DISABLED", now(), id))
                .compose(rows -> changed(current.getLong("tenantId"), id))
                .compose(x -> find(r, id)));
    }

    private Future<Long> changed(long tenantId, long stationId) {
        bus.publish(WebAddresses.FEED_REGISTRY_CHANGED, new JsonObject().put("tenantId", tenantId).put("stationId", stationId));
        return Future.succeededFuture(stationId);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private String generatedExternalId() {
        StringBuilder sb = new StringBuilder("S");
        for (int i = 0; i < 12; i++) {
            sb.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return sb.toString();
    }
}
