package io.chargeway.core.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one web address ({@link io.chargeway.contract.web.WebAddresses}): decodes the
 * {@link WebRequest}, runs the handler registered for its action and replies with the JSON
 * object it produced, or fails the message with the {@link ErrorCode} bus code (an unknown action
 * or an undecodable body is {@code BAD_REQUEST}; a handler that throws counts as one that failed).
 */
public final class WebActions {

    private static final Logger LOG = LoggerFactory.getLogger(WebActions.class);

    private final Map<String, Function<WebRequest, Future<JsonObject>>> handlers = new HashMap<>();

    /** Adds the handler of {@code action}. */
    public WebActions on(String action, Function<WebRequest, Future<JsonObject>> handler) {
        handlers.put(action, handler);
        return this;
    }

    /** Registers the consumer on {@code address}; its {@code completion()} says when it is registered. */
    public MessageConsumer<Object> register(EventBus bus, String address) {
        return bus.consumer(address, message -> handle(address, message));
    }

    private void handle(String address, Message<Object> message) {
        Future<JsonObject> result;
        String action = "?";
        try {
            if (!(message.body() instanceof JsonObject json)) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, address + " expects a JSON object");
            }
            WebRequest request = BusJson.fromJson(json, WebRequest.class);
            action = request.action();
            Function<WebRequest, Future<JsonObject>> handler = handlers.get(action);
            if (handler == null || request.caller() == null) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, "unknown action " + action + " on " + address);
            }
            result = handler.apply(request.input() == null ? new WebRequest(action, request.caller(), new JsonObject()) : request);
        } catch (RuntimeException e) {
            result = Future.failedFuture(e);
        }
        String name = action;
        result.onSuccess(message::reply).onFailure(failure -> {
            PlatformException error = PlatformException.from(failure);
            if (error.code() == ErrorCode.INTERNAL) {
                LOG.error("web action failed [address: {}, action: {}]", address, name, failure);
            } else {
                LOG.debug("web action refused [action: {}, code: {}]: {}", name, error.code(), error.getMessage());
            }
            error.failReply(message);
        });
    }
}
