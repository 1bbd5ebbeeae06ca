package io.chargeway.core.favourite;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.chargeway.core.admin.StationSearch;
import io.chargeway.core.admin.WebActions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/**
 * A driver's favourite stations: {@code favourites.list} (each with the live summary station
 * search shows: free guns, current price; a station that is disabled now is listed with
 * {@code "available": false}), {@code favourites.add} and {@code favourites.remove} (both
 * idempotent). The member and tenant come from the caller; a station of another operator, or one
 * that does not exist, is "not found".
 */
public final class FavouriteStations {

    /** The most favourites a member keeps. */
    public static final int MAX_FAVOURITES = 100;

    private final Pool pool;
    private final StationSearch search;
    private final Clock clock;

    /** Favourites in {@code pool}, summarised by {@code search}. */
    public FavouriteStations(Pool pool, StationSearch search, Clock clock) {
        this.pool = pool;
        this.search = search;
        this.clock = clock;
    }

    /** Registers the actions. */
    public WebActions register(WebActions actions) {
        return actions.on("favourites.list", this::list).on("favourites.add", this::add).on("favourites.remove", this::remove);
    }

    static Caller driver(WebRequest r) {
        if (r.caller().kind() != Caller.Kind.DRIVER) {
            throw new PlatformException(ErrorCode.FORBIDDEN, "this is for driver accounts");
        }
        return r.caller();
    }

    private Future<JsonObject> list(WebRequest r) {
        Caller c = driver(r);
        return pool.preparedQuery("SELECT f.station_id, s.name, s.address, f.created_at FROM member_favourite_stations f"
                        + " JOIN stations s ON s.id = f.station_id WHERE f.member_id = ? AND f.tenant_id = ? ORDER BY f.created_at DESC")
                .execute(Tuple.of(c.userId(), c.tenantId())).map(rows -> {
                    List<JsonObject> items = new ArrayList<>();
                    for (Row row : rows) {
                        JsonObject live = search.summaryOf(c.tenantId(), row.getLong("station_id"));
                        JsonObject item = live != null ? live.copy().put("available", true)
                                : new JsonObject().put("id", row.getLong("station_id")).put("name", row.getString("name"))
                                        .put("address", row.getString("address")).put("available", false);
                        items.add(item.put("favouriteSince", row.getLocalDateTime("created_at").toInstant(ZoneOffset.UTC).toString()));
                    }
                    return new JsonObject().put("items", new JsonArray(items));
                });
    }

    private Future<JsonObject> add(WebRequest r) {
        Caller c = driver(r);
        long station = r.input().getLong("stationId");
        return pool.preparedQuery("SELECT (SELECT COUNT(*) FROM stations WHERE id = ? AND tenant_id = ?),"
                        + " (SELECT COUNT(*) FROM member_favourite_stations WHERE member_id = ?)")
                .execute(Tuple.of(station, c.tenantId(), c.userId())).compose(rows -> {
                    Row counts = rows.iterator().next();
                    if (counts.getLong(0) == 0) {
                        return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no station " + station));
                    }
                    if (counts.getLong(1) >= MAX_FAVOURITES) {
                        return Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "at most " + MAX_FAVOURITES
                                + " favourite stations; remove one first"));
                    }
                    return pool.preparedQuery("INSERT IGNORE INTO member_favourite_stations (member_id, station_id, tenant_id, created_at)"
                            + " VALUES (?, ?, ?, ?)").execute(Tuple.of(c.userId(), station, c.tenantId(),
                            LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
                })
                .map(v -> new JsonObject().put("stationId", station).put("favourite", true));
    }

    private Future<JsonObject> remove(WebRequest r) {
        Caller c = driver(r);
        long station = r.input().getLong("stationId");
        return pool.preparedQuery("SELECT COUNT(*) FROM stations WHERE id = ? AND tenant_id = ?").execute(Tuple.of(station, c.tenantId()))
                .compose(rows -> rows.iterator().next().getLong(0) == 0
                        ? Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no station " + station))
                        : pool.preparedQuery("DELETE FROM member_favourite_stations WHERE member_id = ? AND tenant_id = ?"
                                + " AND station_id = ?")
                                .execute(Tuple.of(c.userId(), c.tenantId(), station)))
                .map(v -> new JsonObject().put("stationId", station).put("favourite", false));
    }
}
