package io.chargeway.core.tariff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.TariffModel;
import io.vertx.core.json.JsonObject;

/**
 * A tariff as the JSON stored with every order (the {@code tariff_json} column, the live order in
 * Redis), read and written through small caches: a station has one tariff at a time, so the
 * thousands of orders and live samples of a busy hour carry a handful of distinct texts, and
 * decoding and encoding each of them once instead of once per row or sample spares the event loop. A
 * {@link TariffModel} is immutable, so one instance may serve every reader.
 */
public final class TariffJson {

    private static final int CAPACITY = 512;

    private static final Map<String, TariffModel> PARSED = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TariffModel> eldest) {
            return size() > CAPACITY;
        }
    });

    private static final Map<TariffModel, String> ENCODED = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<TariffModel, String> eldest) {
            return size() > CAPACITY;
        }
    });

    private TariffJson() {
    }

    /**
     * The tariff in {@code json}.
     *
     * @throws io.chargeway.contract.PlatformException with BAD_REQUEST if the text is not a valid tariff
     */
    public static TariffModel parse(String json) {
        TariffModel cached = PARSED.get(json);
        if (cached != null) {
            return cached;
        }
        TariffModel parsed = BusJson.fromJson(new JsonObject(json), TariffModel.class);
        PARSED.put(json, parsed);
        return parsed;
    }

    /** The JSON text of {@code tariff}, as {@link #parse} reads it back. */
    public static String encode(TariffModel tariff) {
        String cached = ENCODED.get(tariff);
        if (cached != null) {
            return cached;
        }
        String json = BusJson.encode(BusJson.toJson(tariff));
        ENCODED.put(tariff, json);
        PARSED.putIfAbsent(json, tariff);
        return json;
    }
}
