package io.chargeway.web.api;

import java.util.Map;

import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebAddresses;
import io.chargeway.web.auth.AccessGuard;
import io.chargeway.web.auth.AttemptLimiter;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Operation;

/**
 * Binds every operation of the OpenAPI document from its extensions, so the document is the one
 * place that says what a route does: rate limit ({@code x-rate-limit: login|sms}), access
 * ({@link AccessGuard}), validation ({@link RequestValidation}), then either a named handler
 * ({@code x-handler}) or a call to the core ({@code x-bus}: identity, admin, stations, driver, audit;
 * {@code x-action}). Admin writes (any method but GET) are recorded in the audit log with their
 * outcome, whichever handler answers them.
 */
public final class OperationBinder {

    private static final Map<String, String> ADDRESSES = Map.of(
            "identity", WebAddresses.IDENTITY,
            "admin", WebAddresses.ADMIN,
            "stations", WebAddresses.STATIONS,
            "driver", WebAddresses.DRIVER,
            "audit", WebAddresses.AUDIT);

    private final AccessGuard guard;
    private final RequestValidation validation;
    private final CoreClient core;
    private final AuditTrail audit;
    private final Map<String, AttemptLimiter> limiters;

    /**
     * A binder.
     *
     * @param limiters the limiters by {@code x-rate-limit} name
     */
    public OperationBinder(AccessGuard guard, RequestValidation validation, CoreClient core, AuditTrail audit,
                           Map<String, AttemptLimiter> limiters) {
        this.guard = guard;
        this.validation = validation;
        this.core = core;
        this.audit = audit;
        this.limiters = limiters;
    }

    /**
     * Binds every operation of {@code builder}.
     *
     * @param named handlers by {@code x-handler} name
     * @throws IllegalArgumentException when an operation names an unknown handler, bus or limiter
     */
    public void bindAll(RouterBuilder builder, Map<String, Handler<RoutingContext>> named) {
        for (OpenAPIRoute route : builder.getRoutes()) {
            Operation op = route.getOperation();
            Map<String, Object> ext = op.getExtensions();
            route.setDoValidation(false).setDoSecurity(false);
            Object limit = ext.get("x-rate-limit");
            if (limit != null) {
                route.addHandler(required(limiters.get(String.valueOf(limit)), op, "x-rate-limit").handler());
            }
            route.addHandler(guard.handler(op));
            if ("admin".equals(ext.get("x-access")) && !"GET".equals(op.getHttpMethod().name())) {
                route.addHandler(audit.handler(op.getOperationId()));
            }
            route.addHandler(validation.handler(op));
            Object handlerName = ext.get("x-handler");
            if (handlerName != null) {
                route.addHandler(required(named.get(String.valueOf(handlerName)), op, "x-handler"));
            } else {
                String address = required(ADDRESSES.get(String.valueOf(ext.get("x-bus"))), op, "x-bus");
                String action = required((String) ext.get("x-action"), op, "x-action");
                route.addHandler(forward(op, address, action));
            }
        }
    }

    private Handler<RoutingContext> forward(Operation op, String address, String action) {
        int status = successStatus(op);
        return rc -> {
            Caller caller = AccessGuard.caller(rc);
            JsonObject input = rc.get(RequestValidation.INPUT);
            core.call(address, action, caller, input).onFailure(rc::fail).onSuccess(reply -> Responses.json(rc, status, reply));
        };
    }

    /** The first 2xx status the operation documents (200 when none). */
    static int successStatus(Operation op) {
        JsonObject responses = op.getOpenAPIModel().getJsonObject("responses", new JsonObject());
        return responses.fieldNames().stream().filter(k -> k.startsWith("2")).sorted().findFirst().map(Integer::parseInt).orElse(200);
    }

    private static <T> T required(T value, Operation op, String extension) {
        if (value == null) {
            throw new IllegalArgumentException("operation " + op.getOperationId() + ": missing or unknown " + extension);
        }
        return value;
    }
}
