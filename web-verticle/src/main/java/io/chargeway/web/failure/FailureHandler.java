package io.chargeway.web.failure;

import java.util.List;
import java.util.UUID;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the uniform {@link ApiError} body with its HTTP status; never a stack
 * trace. Platform failures keep their code; OpenAPI validation failures become 400 with every bad
 * field named ({@link InvalidRequestException}); framework statuses (404, 405, 413, 503 on timeout) get
 * their code; anything else is a 500 whose log line carries a reference the body repeats.
 */
public final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        send(rc, translate(rc, rc.failure()));
    }

    private static ApiError translate(RoutingContext rc, Throwable failure) {
        if (failure instanceof InvalidRequestException ire) {
            return new ApiError(400, ErrorCode.BAD_REQUEST.name(), ire.getMessage(), ire.details());
        }
        if (failure instanceof PlatformException pe) {
            if (pe.code() == ErrorCode.INTERNAL) {
                return internal(rc, pe);
            }
            return of(pe.code(), pe.getMessage());
        }
        if (failure instanceof ReplyException re) {
            return translate(rc, PlatformException.from(re));
        }
        int status = failure instanceof HttpException he ? he.getStatusCode() : rc.statusCode();
        return switch (status) {
            case 400 -> of(ErrorCode.BAD_REQUEST, failure == null ? "bad request" : "bad request: " + failure.getMessage());
            case 401 -> of(ErrorCode.UNAUTHORIZED, "a valid access token is required");
            case 403 -> of(ErrorCode.FORBIDDEN, "not allowed");
            case 404 -> of(ErrorCode.NOT_FOUND, "no such resource: " + rc.request().path());
            case 405 -> new ApiError(405, "METHOD_NOT_ALLOWED", "method " + rc.request().method() + " not allowed here", List.of());
            case 413 -> of(ErrorCode.PAYLOAD_TOO_LARGE, "the request body is larger than allowed");
            case 415 -> new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "send application/json", List.of());
            case 503 -> of(ErrorCode.UNAVAILABLE, "the request took too long; retry later");
            default -> internal(rc, failure);
        };
    }

    private static ApiError of(ErrorCode code, String message) {
        return new ApiError(code.httpStatus(), code.name(), message, List.of());
    }

    private static ApiError internal(RoutingContext rc, Throwable failure) {
        String reference = UUID.randomUUID().toString();
        LOG.error("request failed [method: {}, path: {}, reference: {}]", rc.request().method(), rc.request().path(), reference, failure);
        return new ApiError(500, ErrorCode.INTERNAL.name(), "internal error; reference " + reference, List.of());
    }

    private static void send(RoutingContext rc, ApiError error) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        rc.put("chargeway.errorCode", error.code());
        rc.response().setStatusCode(error.status()).putHeader("Content-Type", "application/json; charset=utf-8");
        if (error.status() == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        rc.response().end(error.toJson().toBuffer());
    }
}
