package io.chargeway.contract.json;

import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.VertxModule;

/**
 * Maps contract records to and from the JSON objects that travel on the event bus.
 * Unknown properties are ignored, so a node of a newer build can talk to an older one during a
 * rolling upgrade; instants are ISO-8601 strings.
 */
public final class BusJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new VertxModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    private BusJson() {
    }

    /** A record as a JSON object. */
    @SuppressWarnings("unchecked")
    public static JsonObject toJson(Object value) {
        return new JsonObject(MAPPER.convertValue(value, Map.class));
    }

    /**
     * A JSON object as a record.
     *
     * @throws PlatformException with {@link ErrorCode#BAD_REQUEST} naming the problem if the JSON does not fit
     */
    public static <T> T fromJson(JsonObject json, Class<T> type) {
        if (json == null) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "missing JSON body for " + type.getSimpleName());
        }
        try {
            return MAPPER.convertValue(json.getMap(), type);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "invalid " + type.getSimpleName() + ": "
                    + rootMessage(e), e);
        }
    }

    /** The shared mapper, for modules that serialize contract records elsewhere (HTTP bodies). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        int nl = m == null ? -1 : m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
