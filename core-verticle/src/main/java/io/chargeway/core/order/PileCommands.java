package io.chargeway.core.order;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.CommandResult;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.json.BusJson;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonObject;

/**
 * Sends commands to piles through the core's command router ({@link Addresses#CORE_PILE_COMMAND}),
 * which finds the edge node holding the pile.
 */
public final class PileCommands {

    private final EventBus bus;
    private final DeliveryOptions delivery;

    /** Sends on {@code bus}, waiting at most {@code replyTimeoutMillis} for the router's answer. */
    public PileCommands(EventBus bus, long replyTimeoutMillis) {
        this.bus = bus;
        this.delivery = new DeliveryOptions().setSendTimeout(replyTimeoutMillis);
    }

    /**
     * Sends a command.
     *
     * @return the pile's answer (which may say the pile refused); failed with a {@link PlatformException}:
     *         {@code PILE_OFFLINE}, {@code COMMAND_TIMEOUT}, {@code BAD_REQUEST} or {@code UNAVAILABLE}
     */
    public Future<CommandResult> send(PileCommand command) {
        return bus.<Object>request(Addresses.CORE_PILE_COMMAND, BusJson.toJson(command), delivery)
                .map(reply -> BusJson.fromJson((JsonObject) reply.body(), CommandResult.class))
                .recover(err -> Future.failedFuture(PlatformException.from(err)));
    }
}
