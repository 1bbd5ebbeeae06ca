package io.chargeway.core.pile;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.json.BusJson;
import io.chargeway.core.redis.RedisPileLocator;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link Addresses#CORE_PILE_COMMAND}: sends a {@link PileCommand} to the edge node that
 * holds the pile, wherever it is, and passes its {@code CommandResult} back.
 *
 * <p>The node comes from the pile's Redis lease; the same JSON (and the request's headers, such as
 * a correlation id) goes by request to {@link Addresses#edgeCommands(String)} with a send timeout
 * of {@code commandTimeoutSeconds}. The request fails with {@link ErrorCode#BAD_REQUEST} for a
 * body that is not a pile command, {@link ErrorCode#PILE_OFFLINE} when no lease exists or the
 * node it names is gone, {@link ErrorCode#COMMAND_TIMEOUT} when the node does not answer in time,
 * {@link ErrorCode#UNAVAILABLE} when Redis cannot answer, and with the edge's own code when the
 * edge fails the command.
 */
public final class PileCommandRouter {

    private static final Logger LOG = LoggerFactory.getLogger(PileCommandRouter.class);

    private final EventBus bus;
    private final RedisPileLocator locator;
    private final long timeoutMillis;

    /** A router reading leases with {@code locator} and waiting at most {@code timeoutSeconds} for the edge. */
    public PileCommandRouter(EventBus bus, RedisPileLocator locator, int timeoutSeconds) {
        this.bus = bus;
        this.locator = locator;
        this.timeoutMillis = timeoutSeconds * 1000L;
    }

    /** Starts serving the address. */
    public MessageConsumer<Object> register() {
        return bus.consumer(Addresses.CORE_PILE_COMMAND, this::handle);
    }

    private void handle(Message<Object> message) {
        PileCommand command;
        try {
            if (!(message.body() instanceof JsonObject)) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, "a pile command must be a JSON object");
            }
            command = BusJson.fromJson((JsonObject) message.body(), PileCommand.class);
            if (command.pileNo() == null) {
                throw new PlatformException(ErrorCode.BAD_REQUEST, "a pile command must name its pile (pileNo)");
            }
        } catch (PlatformException e) {
            LOG.info("pile command refused: {}", e.getMessage());
            e.failReply(message);
            return;
        }
        JsonObject json = (JsonObject) message.body();
        String type = json.getString("type");
        route(command.pileNo(), type, json, message)
                .onSuccess(message::reply)
                .onFailure(err -> PlatformException.fail(message, err));
    }

    private Future<Object> route(String pileNo, String type, JsonObject json, Message<Object> request) {
        return locator.nodeOf(pileNo).compose(node -> {
            if (node == null) {
                LOG.info("pile command not routed, no lease [pile: {}, node: {}, command: {}]", pileNo, null, type);
                return Future.failedFuture(new PlatformException(ErrorCode.PILE_OFFLINE,
                        "pile " + pileNo + " is not connected to any edge node"));
            }
            // the edge node logs the command and its answer at INFO; a routing failure is logged below
            LOG.debug("pile command routed [pile: {}, node: {}, command: {}]", pileNo, node, type);
            DeliveryOptions options = new DeliveryOptions().setSendTimeout(timeoutMillis).setHeaders(request.headers());
            return bus.request(Addresses.edgeCommands(node), json, options)
                    .map(Message::body)
                    .recover(err -> Future.failedFuture(translate(err, pileNo, node, type)));
        });
    }

    private PlatformException translate(Throwable err, String pileNo, String node, String type) {
        PlatformException result;
        if (err instanceof ReplyException re && re.failureType() == ReplyFailure.TIMEOUT) {
            result = new PlatformException(ErrorCode.COMMAND_TIMEOUT, "no answer from edge node " + node + " for pile " + pileNo
                    + " within " + timeoutMillis / 1000 + " s", err);
        } else if (err instanceof ReplyException re && re.failureType() == ReplyFailure.NO_HANDLERS) {
            result = new PlatformException(ErrorCode.PILE_OFFLINE, "pile " + pileNo + " is leased to edge node " + node
                    + ", which is not running", err);
        } else {
            result = PlatformException.from(err);
        }
        LOG.info("pile command failed [pile: {}, node: {}, command: {}, code: {}]: {}", pileNo, node, type, result.code(),
                result.getMessage());
        return result;
    }
}
