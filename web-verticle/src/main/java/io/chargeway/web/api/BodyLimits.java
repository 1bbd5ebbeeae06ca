package io.chargeway.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;

/**
 * Reads request bodies with the limit each operation allows: the default limit for every route,
 * and a named larger one for the operations whose OpenAPI extension {@code x-body-limit} names it
 * (e.g. {@code photo} for image uploads). A body over its limit is refused with 413 before it is
 * buffered. Runs as the router's root body handler, before the route is known, so the operation
 * is found from the method and the path template.
 */
public final class BodyLimits implements Handler<RoutingContext> {

    private final BodyHandler standard;
    private final List<Limit> limits = new ArrayList<>();

    private record Limit(String method, Pattern path, BodyHandler handler) {
    }

    /**
     * Limits for {@code contract}'s operations.
     *
     * @param defaultBytes the limit of every operation without {@code x-body-limit}
     * @param named        bytes by {@code x-body-limit} name
     * @throws IllegalArgumentException when an operation names an unknown limit
     */
    public BodyLimits(OpenAPIContract contract, long defaultBytes, Map<String, Long> named) {
        this.standard = BodyHandler.create(false).setBodyLimit(defaultBytes);
        for (Operation op : contract.operations()) {
            Object name = op.getExtensions().get("x-body-limit");
            if (name == null) {
                continue;
            }
            Long bytes = named.get(String.valueOf(name));
            if (bytes == null) {
                throw new IllegalArgumentException("operation " + op.getOperationId() + ": unknown x-body-limit " + name);
            }
            limits.add(new Limit(op.getHttpMethod().name(), template(op.getOpenAPIPath()), BodyHandler.create(false).setBodyLimit(bytes)));
        }
    }

    /** The regular expression of a path template: each {@code {name}} matches one path segment. */
    static Pattern template(String openApiPath) {
        StringBuilder regex = new StringBuilder("^");
        for (String part : openApiPath.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.append('$').toString());
    }

    @Override
    public void handle(RoutingContext rc) {
        String method = rc.request().method().name();
        String path = rc.normalizedPath();
        for (Limit limit : limits) {
            if (limit.method().equals(method) && limit.path().matcher(path).matches()) {
                limit.handler().handle(rc);
                return;
            }
        }
        standard.handle(rc);
    }
}
