package io.chargeway.core.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;

/**
 * {@code pile.live}: whether a pile is online (from the edge's lease in Redis) and the latest
 * state of each gun, as the edge last wrote it ({@link RedisKeys}).
 */
public final class PileLiveState {

    /** Fields whose values are integers: units, counts and ids. */
    static final Pattern NUMERIC = Pattern.compile(".*(DeciWh|Percent|DeciVolts|DeciAmps|Minutes|Celsius|Fen|Count|Id)");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    private final PileAdmin piles;
    private final RedisAPI redis;

    /** Live state of piles found through {@code piles}, read from {@code redis}. */
    public PileLiveState(PileAdmin piles, RedisAPI redis) {
        this.piles = piles;
        this.redis = redis;
    }

    /** Registers the action. */
    public WebActions register(WebActions actions) {
        return actions.on("pile.live", this::live);
    }

    private Future<JsonObject> live(WebRequest r) {
        String pileNo = r.input().getString("pileNo");
        return piles.find(r, pileNo).compose(pile -> {
            int guns = pile.getInteger("gunCount");
            List<Future<Response>> reads = new ArrayList<>();
            reads.add(redis.hgetall(RedisKeys.pileOnline(pileNo)));
            for (int g = 1; g <= guns; g++) {
                reads.add(redis.hgetall(RedisKeys.gunState(pileNo, g)));
            }
            return Future.all(reads).map(all -> {
                JsonObject online = hash(all.resultAt(0));
                JsonArray gunStates = new JsonArray();
                for (int g = 1; g <= guns; g++) {
                    JsonObject state = hash(all.resultAt(g));
                    gunStates.add(state.put("gunNo", g).put("status", state.getString("status", "OFFLINE")));
                }
                return new JsonObject().put("pileNo", pileNo).put("online", !online.isEmpty()).put("connection", online)
                        .put("guns", gunStates);
            });
        });
    }

    static JsonObject hash(Response response) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (response != null) {
            for (String key : response.getKeys()) {
                fields.put(key, response.get(key).toString());
            }
        }
        return typed(fields);
    }

    /**
     * Redis keeps every hash value as text; the API answers numbers and booleans as such. A value
     * is a number when its field names a unit or an id (see {@link #NUMERIC}) and it is an
     * integer; {@code plugged} is a boolean; everything else (trade serials, versions, times,
     * addresses) stays text.
     */
    static JsonObject typed(Map<String, String> fields) {
        JsonObject out = new JsonObject();
        fields.forEach((key, value) -> {
            if (NUMERIC.matcher(key).matches() && INTEGER.matcher(value).matches()) {
                out.put(key, Long.parseLong(value));
            } else if ("plugged".equals(key) && ("true".equals(value) || "false".equals(value))) {
                out.put(key, Boolean.parseBoolean(value));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }
}
