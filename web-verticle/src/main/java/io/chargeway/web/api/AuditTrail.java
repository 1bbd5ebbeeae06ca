package io.chargeway.web.api;

import java.util.Locale;
import java.util.Set;

import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records admin writes in the core's audit log: who (admin, tenant), what (operation, action,
 * path, the input with secrets masked), when (the core stamps it), from where (client address)
 * and the outcome (HTTP status and error code). A failure to record is logged, never hidden.
 */
public final class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final Set<String> SECRET_WORDS = Set.of("password", "secret", "token");
    private static final Set<String> SECRET_KEYS = Set.of("code", "smscode", "jscode");

    private final CoreClient core;

    /** A trail written through {@code core}. */
    public AuditTrail(CoreClient core) {
        this.core = core;
    }

    /** The routing-context key where the failure handler leaves the error code of a failed request. */
    public static final String ERROR_CODE = "chargeway.errorCode";

    /**
     * A handler that records the request once its answer is written: status and error code of the
     * answer, the validated input (or nothing when validation failed).
     */
    public Handler<RoutingContext> handler(String operationId) {
        return rc -> {
            Caller caller = AccessGuard.caller(rc);
            rc.addBodyEndHandler(v -> record(rc, caller, operationId, rc.get(RequestValidation.INPUT), rc.response().getStatusCode(),
                    rc.get(ERROR_CODE)));
            rc.next();
        };
    }

    /** Records one admin write and its outcome. */
    public void record(RoutingContext rc, Caller caller, String operationId, JsonObject input, int status, String errorCode) {
        JsonObject entry = new JsonObject()
                .put("operation", operationId)
                .put("method", rc.request().method().name())
                .put("path", rc.request().path())
                .put("input", mask(input))
                .put("status", status)
                .put("errorCode", errorCode)
                .put("userAgent", rc.request().getHeader("User-Agent"));
        core.call(WebAddresses.AUDIT, "audit.record", caller, entry)
                .onFailure(e -> LOG.error("audit entry not recorded [user: {}, tenant: {}, operation: {}, status: {}]: {}",
                        caller.userId(), caller.tenantId(), operationId, status, e.getMessage()));
    }

    static JsonObject mask(JsonObject input) {
        if (input == null) {
            return null;
        }
        JsonObject out = new JsonObject();
        input.forEach(e -> out.put(e.getKey(), maskValue(e.getKey(), e.getValue())));
        return out;
    }

    private static Object maskValue(String key, Object value) {
        String k = key.toLowerCase(Locale.ROOT);
        if ((SECRET_KEYS.contains(k) || SECRET_WORDS.stream().anyMatch(k::contains)) && !(value instanceof JsonObject)) {
            return "***";
        }
        if (value instanceof JsonObject o) {
            return mask(o);
        }
        if (value instanceof JsonArray a) {
            JsonArray m = new JsonArray();
            a.forEach(v -> m.add(v instanceof JsonObject o ? mask(o) : v));
            return m;
        }
        return value;
    }
}
