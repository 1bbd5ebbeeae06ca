package io.chargeway.core.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.pile.Rate;
import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.tariff.TariffRow;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.mysqlclient.MySQLClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Tariff administration within the caller's tenant: {@code tariff.list}, {@code tariff.get},
 * {@code tariff.create} ({@link TariffDraft}; the tenant's next YKC model number),
 * {@code tariff.update} and {@code tariff.set-status}. Assigning and pushing stay with the tariff
 * schedules. A tariff that is in effect, scheduled or was ever pushed keeps its prices forever
 * (sessions and their bills refer to it; create a new tariff and schedule it instead): changing
 * its prices is a {@code CONFLICT}, renaming it is fine. A tariff in effect or with a pending
 * schedule cannot be disabled; a disabled one cannot be scheduled. Station owners and agents read
 * and create tariffs but change only through schedules.
 */
public final class TariffAdmin {

    private static final String COLUMNS = "SELECT t.id, t.tenant_id, t.name, t.kind, t.status, t.created_at, t.updated_at, "
            + TariffRow.COLUMNS.replace(", ", ", t.").replaceFirst("^", "t.")
            + ", (SELECT COUNT(*) FROM stations s WHERE s.tariff_id = t.id) AS stations"
            + ", (SELECT COUNT(*) FROM piles p WHERE p.tariff_id = t.id) AS piles"
            + ", (SELECT COUNT(*) FROM tariff_schedules ts WHERE ts.tariff_id = t.id AND ts.state = 'PENDING') AS pending"
            + ", (SELECT COUNT(*) FROM tariff_schedules ts WHERE ts.tariff_id = t.id)"
            + " + (SELECT COUNT(*) FROM tariff_pushes tp WHERE tp.tariff_id = t.id) AS history FROM tariffs t";
    private static final int MAX_MODEL_NO = 9999;

    private final Pool pool;
    private final StationScope scopes;
    private final Clock clock;

    /** Tariffs in {@code pool}. */
    public TariffAdmin(Pool pool, Clock clock) {
        this.pool = pool;
        this.scopes = new StationScope(pool);
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("tariff.list", this::list).on("tariff.get", r -> find(r, r.input().getLong("tariffId")))
                .on("tariff.create", this::create).on("tariff.update", this::update).on("tariff.set-status", this::setStatus);
    }

    private Future<JsonObject> list(WebRequest r) {
        Long tenant = TenantScope.forRead(r.caller(), r.input());
        String q = r.input().getString("q");
        String like = q == null ? null : "%" + q + "%";
        String status = r.input().getString("status");
        int page = Rows.page(r.input());
        int size = Rows.size(r.input());
        String where = " WHERE (? IS NULL OR t.tenant_id = ?) AND (? IS NULL OR t.name LIKE ?) AND (? IS NULL OR t.status = ?)";
        Tuple args = Tuple.of(tenant, tenant, like, like, status, status);
        return pool.preparedQuery("SELECT COUNT(*) FROM tariffs t" + where).execute(args)
                .compose(count -> pool.preparedQuery(COLUMNS + where + " ORDER BY t.id LIMIT ? OFFSET ?")
                        .execute(Rows.paged(args, page, size))
                        .map(rows -> {
                            List<JsonObject> items = new ArrayList<>();
                            rows.forEach(row -> items.add(view(row)));
                            return Rows.page(items, count.iterator().next().getLong(0), page, size);
                        }));
    }

    /** The tariff if the caller's tenant owns it; {@code NOT_FOUND} otherwise. */
    Future<JsonObject> find(WebRequest r, long id) {
        return read(pool, id).compose(t -> t == null || !TenantScope.visible(r.caller(), t.getLong("tenantId"))
                ? Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no tariff " + id))
                : Future.succeededFuture(t));
    }

    private static Future<JsonObject> read(SqlClient client, long id) {
        return client.preparedQuery(COLUMNS + " WHERE t.id = ?").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? view(rows.iterator().next()) : null);
    }

    private Future<JsonObject> create(WebRequest r) {
        long tenant = TenantScope.forWrite(r.caller(), r.input());
        JsonObject b = r.input().getJsonObject("body");
        TariffDraft draft = TariffDraft.parse(b);
        LocalDateTime now = now();
        return pool.withTransaction(conn -> conn.preparedQuery("SELECT COALESCE(MAX(model_no), 0) + 1 FROM tariffs WHERE tenant_id = ?"
                        + " FOR UPDATE").execute(Tuple.of(tenant)).compose(rows -> {
                            int next = rows.iterator().next().getInteger(0);
                            if (next > MAX_MODEL_NO) {
                                return Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "the operator used all "
                                        + MAX_MODEL_NO + " tariff model numbers"));
                            }
                            Tuple params = TariffRow.of(draft.model(next)).params().addLong(tenant).addString(b.getString("name").trim())
                                    .addString(draft.kind()).addValue(now).addValue(now);
                            return conn.preparedQuery("INSERT INTO tariffs (" + TariffRow.COLUMNS + ", tenant_id, name, kind, status,"
                                    + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)")
                                    .execute(params);
                        }))
                .recover(e -> Future.failedFuture(AdminErrors.translate(e, "a tariff with this model number exists; retry")))
                .compose(rows -> find(r, rows.property(MySQLClient.LAST_INSERTED_ID)));
    }

    private Future<JsonObject> update(WebRequest r) {
        long id = r.input().getLong("tariffId");
        JsonObject b = r.input().getJsonObject("body");
        boolean pricing = b.fieldNames().stream().anyMatch(f -> !"name".equals(f));
        TariffDraft draft = pricing ? TariffDraft.parse(b) : null;
        return changeable(r, id).compose(t -> {
            if (pricing && t.getInteger("history") > 0) {
                return Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "tariff " + id + " is or was in effect or scheduled;"
                        + " its prices never change: create a new tariff and schedule it"));
            }
            String name = b.getString("name") == null ? t.getString("name") : b.getString("name").trim();
            Tuple params = pricing ? TariffRow.of(draft.model(t.getInteger("modelNo"))).params() : Tuple.tuple();
            String set = pricing ? TariffRow.COLUMNS.replace(",", " = ?,") + " = ?, kind = ?, " : "";
            if (pricing) {
                params.addString(draft.kind());
            }
            return pool.preparedQuery("UPDATE tariffs SET " + set + "name = ?, updated_at = ? WHERE id = ?")
                    .execute(params.addString(name).addValue(now()).addLong(id));
        }).compose(v -> find(r, id));
    }

    private Future<JsonObject> setStatus(WebRequest r) {
        long id = r.input().getLong("tariffId");
        boolean enabled = r.input().getJsonObject("body").getBoolean("enabled");
        return changeable(r, id).compose(t -> {
            if (!enabled && (t.getJsonObject("usage").getInteger("stations") > 0 || t.getJsonObject("usage").getInteger("piles") > 0
                    || t.getJsonObject("usage").getInteger("pendingSchedules") > 0)) {
                return Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "tariff " + id + " is in effect or scheduled;"
                        + " schedule another tariff first"));
            }
            return pool.preparedQuery("UPDATE tariffs SET status = ?, updated_at = ? WHERE id = ?")
                    .execute(Tuple.of(enabled ? "ACTIVE" : "DISABLED", now(), id));
        }).compose(v -> find(r, id));
    }

    /** The tariff, if the caller may change it: owners and agents may not. */
    private Future<JsonObject> changeable(WebRequest r, long id) {
        return scopes.of(r.caller()).compose(scope -> scope.limited()
                ? Future.failedFuture(new PlatformException(ErrorCode.FORBIDDEN, "tariffs are shared by the operator's stations;"
                        + " station owners and agents change prices through tariff schedules"))
                : find(r, id));
    }

    private static JsonObject view(Row row) {
        TariffRow pricing = TariffRow.read(row);
        JsonObject rates = new JsonObject();
        TariffModel model = pricing.toModel();
        for (RatePeriod p : RatePeriod.values()) {
            Rate rate = model.rate(p);
            rates.put(p.name().toLowerCase(Locale.ROOT), new JsonObject().put("electricityMilliFenPerKwh", rate.electricityMilliFenPerKwh())
                    .put("serviceMilliFenPerKwh", rate.serviceMilliFenPerKwh()));
        }
        return new JsonObject().put("id", row.getLong("id")).put("tenantId", row.getLong("tenant_id")).put("name", row.getString("name"))
                .put("kind", row.getString("kind")).put("enabled", "ACTIVE".equals(row.getString("status")))
                .put("modelNo", pricing.modelNo()).put("lossRatioPercent", pricing.lossRatioPercent()).put("slots", pricing.slots())
                .put("rates", rates).put("usage", new JsonObject().put("stations", row.getInteger("stations"))
                        .put("piles", row.getInteger("piles")).put("pendingSchedules", row.getInteger("pending")))
                .put("history", row.getInteger("history"))
                .put("createdAt", row.getLocalDateTime("created_at").toInstant(ZoneOffset.UTC).toString())
                .put("updatedAt", row.getLocalDateTime("updated_at").toInstant(ZoneOffset.UTC).toString());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
