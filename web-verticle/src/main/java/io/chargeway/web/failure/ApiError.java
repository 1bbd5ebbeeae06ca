package io.chargeway.web.failure;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The one error body of the API: {@code {"code": "BAD_REQUEST", "message": "...", "details": [...]}}.
 * {@code code} is an {@link io.chargeway.contract.ErrorCode} name; {@code details} names each bad
 * field as {@code {"field": "body.latitude", "reason": "..."}} (empty when there is nothing to name).
 *
 * @param status  the HTTP status
 * @param code    the error code
 * @param message what went wrong, for people
 * @param details the bad fields
 */
public record ApiError(int status, String code, String message, List<Detail> details) {

    /**
     * One bad field.
     *
     * @param field  where: {@code body.<json pointer path>}, {@code query.<name>}, {@code path.<name>}, {@code header.<name>}
     * @param reason why it is bad
     */
    public record Detail(String field, String reason) {
    }

    /** The JSON body. */
    public JsonObject toJson() {
        JsonArray d = new JsonArray();
        details.forEach(x -> d.add(new JsonObject().put("field", x.field()).put("reason", x.reason())));
        return new JsonObject().put("code", code).put("message", message).put("details", d);
    }
}
