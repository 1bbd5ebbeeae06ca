package io.chargeway.web.api;

import java.time.Duration;

import io.chargeway.contract.PlatformException;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.web.Caller;
import io.chargeway.contract.web.WebRequest;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;

/**
 * The web's only way to the core: a {@link WebRequest} on a {@link io.chargeway.contract.web.WebAddresses}
 * address, answered with a JSON object.
 */
public final class CoreClient {

    private final EventBus bus;
    private final DeliveryOptions options;

    /** A client waiting at most {@code timeout} for each reply. */
    public CoreClient(EventBus bus, Duration timeout) {
        this.bus = bus;
        this.options = new DeliveryOptions().setSendTimeout(timeout.toMillis());
    }

    /**
     * Asks the core.
     *
     * @return the reply; fails with the {@link PlatformException} the core failed with (its code
     *         preserved), or {@code UNAVAILABLE} when no core answers in time
     */
    public Future<JsonObject> call(String address, String action, Caller caller, JsonObject input) {
        return request(address, BusJson.toJson(new WebRequest(action, caller, input)));
    }

    /**
     * Sends a contract record (e.g. an {@code OrderAddresses} request) and answers the reply.
     *
     * @return the reply; fails like {@link #call}
     */
    public Future<JsonObject> request(String address, Object payload) {
        Object body = payload instanceof JsonObject ? payload : BusJson.toJson(payload);
        return bus.<JsonObject>request(address, body, options)
                .map(m -> m.body() == null ? new JsonObject() : m.body())
                .recover(e -> Future.failedFuture(PlatformException.from(e)));
    }
}
