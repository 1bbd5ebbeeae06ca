package io.chargeway.web.api;

import java.util.List;

import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The stations an admin may see, for the routes that ask the orders feature directly (orders,
 * exports, starts) and for live updates: station owners and agents are limited to the stations
 * that name them (the core's {@code scope.stations}); everybody else sees the whole tenant.
 */
public final class StationScopes {

    private static final Scope WHOLE = new Scope(false, List.of(), List.of());

    private final CoreClient core;

    /** Scopes asked of the core through {@code core}. */
    public StationScopes(CoreClient core) {
        this.core = core;
    }

    /**
     * A caller's scope.
     *
     * @return the scope; fails like {@link CoreClient#call}
     */
    public Future<Scope> of(Caller caller) {
        if (caller.kind() != Caller.Kind.ADMIN || caller.platform()) {
            return Future.succeededFuture(WHOLE);
        }
        return core.call(WebAddresses.ADMIN, "scope.stations", caller, new JsonObject()).map(json -> json.getBoolean("limited", false)
                ? new Scope(true, longs(json.getJsonArray("stationIds")), strings(json.getJsonArray("pileNos"))) : WHOLE);
    }

    private static List<Long> longs(JsonArray a) {
        return a == null ? List.of() : a.stream().map(o -> ((Number) o).longValue()).toList();
    }

    private static List<String> strings(JsonArray a) {
        return a == null ? List.of() : a.stream().map(String::valueOf).toList();
    }

    /**
     * A scope.
     *
     * @param limited    whether the caller is limited to {@code stationIds}
     * @param stationIds the stations of a limited caller
     * @param pileNos    their piles
     */
    public record Scope(boolean limited, List<Long> stationIds, List<String> pileNos) {

        /** Whether the caller may see the station. */
        public boolean allowsStation(long stationId) {
            return !limited || stationIds.contains(stationId);
        }

        /** Whether the caller may see the pile. */
        public boolean allowsPile(String pileNo) {
            return !limited || pileNos.contains(pileNo);
        }
    }
}
