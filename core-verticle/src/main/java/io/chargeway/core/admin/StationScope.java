package io.chargeway.core.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Which stations of its tenant an admin may see and act on. Station owners (站长) and agents
 * (代理商) are admin accounts named by {@code stations.owner_id} / {@code stations.agent_id}: an
 * account that holds the {@code STATION_OWNER} or {@code AGENT} role and neither
 * {@code TENANT_ADMIN} nor {@code PLATFORM_ADMIN} is limited to the stations that name it, and to
 * their piles, orders, alarms and fault reports. Everybody else sees the whole tenant (which
 * {@link TenantScope} decides). The roles are read on every request, so a role change applies at
 * once.
 */
public final class StationScope {

    private static final Set<String> LIMITED_ROLES = Set.of("STATION_OWNER", "AGENT");
    private static final Set<String> BROAD_ROLES = Set.of("TENANT_ADMIN", "PLATFORM_ADMIN");
    private static final String ROLES = "SELECT r.code FROM admin_user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ?";

    private final SqlClient client;

    /** Scopes read through {@code client}. */
    public StationScope(SqlClient client) {
        this.client = client;
    }

    /**
     * The scope of a caller.
     *
     * @return the scope; fails with the database error
     */
    public Future<Scope> of(Caller caller) {
        if (caller.kind() != Caller.Kind.ADMIN || caller.platform()) {
            return Future.succeededFuture(Scope.WHOLE_TENANT);
        }
        return client.preparedQuery(ROLES).execute(Tuple.of(caller.userId())).map(rows -> {
            boolean limited = false;
            boolean broad = false;
            for (Row row : rows) {
                String code = row.getString(0);
                limited |= code != null && LIMITED_ROLES.contains(code);
                broad |= code != null && BROAD_ROLES.contains(code);
            }
            return limited && !broad ? new Scope(caller.userId()) : Scope.WHOLE_TENANT;
        });
    }

    /** Registers {@code scope.stations}: the caller's scope with its stations' ids and piles. */
    public WebActions register(WebActions actions) {
        return actions.on("scope.stations", this::describe);
    }

    private Future<JsonObject> describe(WebRequest r) {
        return of(r.caller()).compose(scope -> {
            if (!scope.limited()) {
                return Future.succeededFuture(new JsonObject().put("limited", false));
            }
            return client.preparedQuery("SELECT s.id, p.pile_no FROM stations s LEFT JOIN piles p ON p.station_id = s.id"
                            + " WHERE s.tenant_id = ? AND " + scope.condition("s.id") + " ORDER BY s.id")
                    .execute(scope.addTo(Tuple.of(r.caller().tenantId())))
                    .map(rows -> {
                        List<Long> stations = new ArrayList<>();
                        JsonArray piles = new JsonArray();
                        for (Row row : rows) {
                            if (!stations.contains(row.getLong("id"))) {
                                stations.add(row.getLong("id"));
                            }
                            if (row.getString("pile_no") != null) {
                                piles.add(row.getString("pile_no"));
                            }
                        }
                        return new JsonObject().put("limited", true).put("stationIds", new JsonArray(new ArrayList<>(stations)))
                                .put("pileNos", piles);
                    });
        });
    }

    /**
     * A caller's scope: the whole tenant, or the stations naming {@link #userId} as owner or agent.
     *
     * @param userId the admin the stations must name, or 0 for the whole tenant
     */
    public record Scope(long userId) {

        /** No limit within the tenant. */
        public static final Scope WHOLE_TENANT = new Scope(0);

        /** Whether the caller is limited to the stations that name it. */
        public boolean limited() {
            return userId != 0;
        }

        /**
         * An SQL condition on a station id column, true for every station the scope allows; its
         * three parameters are added by {@link #addTo}.
         */
        public String condition(String stationIdColumn) {
            return "(? IS NULL OR " + stationIdColumn + " IN (SELECT sc.id FROM stations sc WHERE sc.owner_id = ? OR sc.agent_id = ?))";
        }

        /** {@code args} with the parameters of {@link #condition} appended. */
        public Tuple addTo(Tuple args) {
            Long user = limited() ? userId : null;
            return args.addValue(user).addValue(user).addValue(user);
        }

        /** Whether a station row ({@code ownerId}, {@code agentId}) is in the scope. */
        public boolean allows(JsonObject station) {
            return !limited() || Long.valueOf(userId).equals(station.getLong("ownerId")) || Long.valueOf(userId).equals(
                    station.getLong("agentId"));
        }
    }
}
