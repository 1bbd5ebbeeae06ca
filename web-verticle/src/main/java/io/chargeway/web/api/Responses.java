package io.chargeway.web.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes JSON answers. */
public final class Responses {

    private Responses() {
    }

    /** Ends the response with {@code status} and {@code body} ({@code 204} ends with no body). */
    public static void json(RoutingContext rc, int status, JsonObject body) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(status);
        if (status == 204) {
            rc.response().end();
            return;
        }
        rc.response().putHeader("Content-Type", "application/json; charset=utf-8").end(body.toBuffer());
    }
}
