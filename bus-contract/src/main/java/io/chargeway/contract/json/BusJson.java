package io.chargeway.contract.json;

import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.core.json.EncodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;
import io.vertx.core.json.jackson.VertxModule;

/**
 * Maps contract records to and from the JSON objects that travel on the event bus.
 * Unknown properties are ignored, so a node of a newer build can talk to an older one during a
 * rolling upgrade; instants are ISO-8601 strings. The mapping is Jackson's; the everyday records
 * take a direct path ({@link RecordJson}) that gives the same result at a fraction of the cost,
 * and anything that path does not fit exactly goes through Jackson itself.
 */
public final class BusJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new VertxModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    private static final JacksonCodec STREAMING = new JacksonCodec();
    private static final JavaType MAP_TYPE = MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Object.class);

    private BusJson() {
    }

    /** A record as a JSON object. */
    public static JsonObject toJson(Object value) {
        if (value instanceof Record) {
            try {
                Map<String, Object> mapped = RecordJson.toMap(value);
                if (mapped != null) {
                    return new JsonObject(mapped);
                }
            } catch (RecordJson.Unfit e) {
                // a value inside is left to Jackson
            }
        }
        return new JsonObject(MAPPER.<Map<String, Object>>convertValue(value, MAP_TYPE));
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
            T mapped = RecordJson.fromMap(json.getMap(), type);
            if (mapped != null) {
                return mapped;
            }
        } catch (RecordJson.Unfit e) {
            // Jackson coerces it or names the problem
        }
        try {
            return MAPPER.convertValue(json.getMap(), type);
        } catch (IllegalArgumentException e) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "invalid " + type.getSimpleName() + ": "
                    + rootMessage(e), e);
        }
    }

    /**
     * The text of {@code json}, as {@link JsonObject#encode()} gives it, written straight by the
     * streaming generator instead of through the object mapper's serializer lookups (the bus's
     * objects hold only JSON values, which is all the streaming writer takes; anything else is
     * left to {@code encode()}).
     */
    public static String encode(JsonObject json) {
        try {
            return STREAMING.toString(json, false);
        } catch (EncodeException e) {
            return json.encode();
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
