package io.chargeway.core.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.GunStatus;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Station search for drivers, answered from the {@link StationIndex} without touching MySQL:
 * {@code stations.nearby} (within a radius of a point; sorted by distance or current price;
 * free guns only; fast/slow), {@code stations.detail}, {@code guns.by-qr} and {@code guns.find} (by pile and gun number). Drivers see the
 * stations of their own operator only.
 */
public final class StationSearch {

    private static final Logger LOG = LoggerFactory.getLogger(StationSearch.class);
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final long RELOAD_DEBOUNCE_MS = 200;
    private static final long RELOAD_PERIOD_MS = 300_000;

    private final Vertx vertx;
    private final StationIndex index;
    private final List<MessageConsumer<?>> feeds = new ArrayList<>();
    private long reloadTimer = -1;
    private long periodicTimer = -1;

    /** Search over {@code index}. */
    public StationSearch(Vertx vertx, StationIndex index) {
        this.vertx = vertx;
        this.index = index;
    }

    /**
     * Registers the actions, follows the registry and pile event feeds, and loads the index.
     *
     * @return completes once the index is loaded (searches before that find nothing)
     */
    public Future<Void> start(WebActions actions) {
        actions.on("stations.nearby", this::nearby).on("stations.detail", this::detail).on("guns.by-qr", this::byQr)
                .on("guns.find", r -> gunAnswer(r, index.gun(r.input().getString("pileNo"), r.input().getInteger("gunNo", 0))));
        feeds.add(vertx.eventBus().<JsonObject>consumer(Addresses.FEED_PILE_EVENTS, m -> onPileEvent(m.body())));
        feeds.add(vertx.eventBus().consumer(WebAddresses.FEED_REGISTRY_CHANGED, m -> scheduleReload()));
        periodicTimer = vertx.setPeriodic(RELOAD_PERIOD_MS, id -> index.reload());
        return index.reload();
    }

    /** Stops following the feeds. */
    public Future<Void> stop() {
        vertx.cancelTimer(periodicTimer);
        vertx.cancelTimer(reloadTimer);
        return Future.join(feeds.stream().map(MessageConsumer::unregister).toList()).mapEmpty();
    }

    private void scheduleReload() {
        if (reloadTimer < 0) {
            reloadTimer = vertx.setTimer(RELOAD_DEBOUNCE_MS, id -> {
                reloadTimer = -1;
                index.reload();
            });
        }
    }

    /**
     * Keeps the index's gun states: reads the three fields it needs from the event's JSON instead of
     * decoding every event (live samples are most of the feed); an event it cannot read is skipped.
     */
    private void onPileEvent(JsonObject json) {
        try {
            String type = json.getString("type");
            String pileNo = json.getString("pileNo");
            if (pileNo == null) {
                return;
            }
            if ("pile.gun-status".equals(type) || "pile.live-sample".equals(type)) {
                Integer gun = json.getInteger("gun");
                String status = json.getString("status");
                if (gun != null && status != null) {
                    index.gunState(pileNo, gun, GunStatus.valueOf(status));
                }
            } else if ("pile.offline".equals(type)) {
                index.pileOffline(pileNo);
            }
        } catch (ClassCastException | IllegalArgumentException e) {
            LOG.debug("pile event not understood by the station index: {}", e.getMessage());
        }
    }

    private Future<JsonObject> nearby(WebRequest r) {
        JsonObject in = r.input();
        double lat = in.getDouble("latitude");
        double lng = in.getDouble("longitude");
        int radius = in.getInteger("radiusMeters", 5000);
        String speed = in.getString("speed", "any");
        boolean freeOnly = in.getBoolean("freeOnly", false);
        Instant now = index.clock().instant();
        List<JsonObject> hits = new ArrayList<>();
        double latSpan = radius / 111_000.0;
        double lngSpan = radius / (111_000.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        for (StationIndex.StationEntry s : index.stations(r.caller().tenantId())) {
            if (Math.abs(s.latitude() - lat) > latSpan || Math.abs(s.longitude() - lng) > lngSpan) {
                continue;
            }
            double d = distanceMeters(lat, lng, s.latitude(), s.longitude());
            if (d > radius) {
                continue;
            }
            JsonObject item = summary(s, speed, now).put("distanceMeters", Math.round(d));
            if (item.getInteger("totalGuns") == 0 || freeOnly && item.getInteger("freeGuns") == 0) {
                continue;
            }
            hits.add(item);
        }
        Comparator<JsonObject> order = "price".equals(in.getString("sort"))
                ? Comparator.comparing((JsonObject j) -> j.getLong("currentPriceMilliFenPerKwh", Long.MAX_VALUE))
                        .thenComparing(j -> j.getLong("distanceMeters"))
                : Comparator.comparing((JsonObject j) -> j.getLong("distanceMeters"));
        hits.sort(order);
        int limit = in.getInteger("limit", 20);
        return Future.succeededFuture(new JsonObject().put("items", new JsonArray(new ArrayList<>(hits.subList(0, Math.min(limit,
                hits.size()))))));
    }

    /**
     * The search summary of one station (guns, free guns, current price) as {@code stations.nearby}
     * shows it, or null when the station is not an active station of {@code tenantId}.
     */
    public JsonObject summaryOf(long tenantId, long stationId) {
        StationIndex.StationEntry s = index.station(stationId);
        return s == null || s.tenantId() != tenantId ? null : summary(s, "any", index.clock().instant());
    }

    private JsonObject summary(StationIndex.StationEntry s, String speed, Instant now) {
        int total = 0;
        int free = 0;
        int fast = 0;
        int slow = 0;
        for (StationIndex.GunEntry g : s.guns()) {
            if ("fast".equals(speed) && !g.fast() || "slow".equals(speed) && g.fast()) {
                continue;
            }
            total++;
            fast += g.fast() ? 1 : 0;
            slow += g.fast() ? 0 : 1;
            free += index.state(g) == GunStatus.IDLE ? 1 : 0;
        }
        return new JsonObject().put("id", s.id()).put("name", s.name()).put("address", s.address()).put("latitude", s.latitude())
                .put("longitude", s.longitude()).put("totalGuns", total).put("freeGuns", free).put("fastGuns", fast)
                .put("slowGuns", slow).put("currentPriceMilliFenPerKwh", s.prices() == null ? null : s.prices().totalAt(now));
    }

    private Future<JsonObject> detail(WebRequest r) {
        StationIndex.StationEntry s = index.station(r.input().getLong("stationId"));
        if (s == null || s.tenantId() != r.caller().tenantId()) {
            return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no station " + r.input().getLong("stationId")));
        }
        Instant now = index.clock().instant();
        JsonArray guns = new JsonArray();
        s.guns().forEach(g -> guns.add(gun(g)));
        return Future.succeededFuture(summary(s, "any", now).put("openingHours", s.openingHours()).put("parkingInfo", s.parkingInfo())
                .put("serviceTel", s.serviceTel()).put("guns", guns)
                .put("prices", s.prices() == null ? null : s.prices().toJson(now)));
    }

    private JsonObject gun(StationIndex.GunEntry g) {
        return new JsonObject().put("pileNo", g.pileNo()).put("gunNo", g.gunNo()).put("qrCode", g.externalId())
                .put("speed", g.fast() ? "fast" : "slow").put("maxPowerW", g.maxPowerW()).put("status", index.state(g).name());
    }

    private Future<JsonObject> byQr(WebRequest r) {
        String code = r.input().getString("code");
        String externalId = code.substring(code.lastIndexOf('/') + 1);
        int q = externalId.indexOf('?');
        externalId = q >= 0 ? externalId.substring(0, q) : externalId;
        return gunAnswer(r, index.gunByExternalId(externalId));
    }

    private Future<JsonObject> gunAnswer(WebRequest r, StationIndex.GunEntry g) {
        StationIndex.StationEntry s = g == null ? null : index.station(g.stationId());
        if (s == null || s.tenantId() != r.caller().tenantId()) {
            return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "no gun for this QR code"));
        }
        Instant now = index.clock().instant();
        return Future.succeededFuture(gun(g).put("station", new JsonObject().put("id", s.id()).put("name", s.name())
                .put("address", s.address())).put("currentPriceMilliFenPerKwh", s.prices() == null ? null : s.prices().totalAt(now)));
    }

    /** Great-circle distance by the haversine formula. */
    static double distanceMeters(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
