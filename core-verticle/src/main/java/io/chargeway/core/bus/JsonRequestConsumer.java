package io.chargeway.core.bus;

import java.util.function.Function;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.json.BusJson;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a request/reply bus address with contract records: decodes the JSON body with
 * {@link BusJson}, runs the handler, replies with its result as JSON, and fails the message
 * with the {@link ErrorCode}'s bus code when anything fails (a body that does not decode is
 * {@link ErrorCode#BAD_REQUEST}; a handler that throws is treated like one that fails).
 */
public final class JsonRequestConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(JsonRequestConsumer.class);

    private JsonRequestConsumer() {
    }

    /**
     * Registers the consumer.
     *
     * @param handler answers one request; its failed Futures carry {@link PlatformException}s
     * @return the consumer, for unregistering; its {@code completion()} says when it is registered
     */
    public static <Q, R> MessageConsumer<Object> serve(EventBus bus, String address, Class<Q> requestType,
                                                       Function<Q, Future<R>> handler) {
        return bus.consumer(address, message -> handle(message, address, requestType, handler));
    }

    private static <Q, R> void handle(Message<Object> message, String address, Class<Q> requestType,
                                      Function<Q, Future<R>> handler) {
        Future<R> result;
        try {
            if (!(message.body() instanceof JsonObject json)) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, address + " expects a JSON object");
            }
            result = handler.apply(BusJson.fromJson(json, requestType));
        } catch (RuntimeException e) {
            result = Future.failedFuture(e);
        }
        result.onSuccess(reply -> message.reply(BusJson.toJson(reply)))
                .onFailure(failure -> fail(message, address, failure));
    }

    private static void fail(Message<Object> message, String address, Throwable failure) {
        PlatformException error = PlatformException.from(failure);
        if (error.code() == ErrorCode.INTERNAL) {
            LOG.error("request failed [address: {}, code: {}]", address, error.code(), failure);
        } else if (error.code() == ErrorCode.UNAVAILABLE) {
            LOG.warn("request failed [address: {}, code: {}]: {}", address, error.code(), error.getMessage());
        } else {
            LOG.debug("request refused [address: {}, code: {}]: {}", address, error.code(), error.getMessage());
        }
        error.failReply(message);
    }
}
