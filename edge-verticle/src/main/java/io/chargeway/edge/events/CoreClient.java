package io.chargeway.edge.events;

import java.time.Duration;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.event.EdgeNodeStopping;
import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.event.TransactionRecorded;
import io.chargeway.contract.json.BusJson;
import io.chargeway.contract.pile.NodeStoppingAck;
import io.chargeway.contract.pile.PileLoginReply;
import io.chargeway.contract.pile.PileLoginRequest;
import io.chargeway.contract.pile.StartAuthorization;
import io.chargeway.contract.pile.StartAuthorizationRequest;
import io.chargeway.contract.pile.TariffModel;
import io.chargeway.contract.pile.TariffQuery;
import io.chargeway.contract.pile.TransactionAck;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.session.PileSession;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.json.JsonObject;

/**
 * The edge's side of the bus contract with the core: requests with a timeout (login, tariff,
 * transaction record, start authorisation) and lossy event sends. Requests made for a pile count
 * as that pile's work in flight: at {@value #MAX_IN_FLIGHT} outstanding its socket stops being
 * read until one answers, so a pile cannot queue unbounded work (see {@link PileSession#requestStarted}).
 */
public final class CoreClient {

    /** Requests to the core one pile may have outstanding before its socket is paused. */
    public static final int MAX_IN_FLIGHT = 4;

    private final EventBus bus;
    private final DeliveryOptions requestOptions;
    private final EdgeMetrics metrics;

    /**
     * Creates the client.
     *
     * @param timeout how long a request waits for the core
     */
    public CoreClient(EventBus bus, Duration timeout, EdgeMetrics metrics) {
        this.bus = bus;
        this.requestOptions = new DeliveryOptions().setSendTimeout(timeout.toMillis());
        this.metrics = metrics;
    }

    /**
     * Asks whether a pile may log in ({@link Addresses#CORE_PILE_LOGIN}).
     *
     * @return the core's decision (a refusal is a successful reply); failed with a
     *         {@link PlatformException} ({@code UNAVAILABLE} on timeout or no core) when the core could not decide
     */
    public Future<PileLoginReply> login(PileSession session, PileLoginRequest request) {
        return request(session, Addresses.CORE_PILE_LOGIN, request, PileLoginReply.class, "login");
    }

    /**
     * Asks for the tariff a pile must use ({@link Addresses#CORE_PILE_TARIFF}).
     *
     * @return the tariff; failed with a {@link PlatformException} when the core has none or cannot answer
     */
    public Future<TariffModel> tariff(PileSession session) {
        return request(session, Addresses.CORE_PILE_TARIFF, new TariffQuery(session.pileNoText()), TariffModel.class, "tariff");
    }

    /**
     * Hands a transaction record to the core ({@link Addresses#CORE_PILE_TRANSACTION}); the reply
     * comes after the core committed it.
     *
     * @return the core's acknowledgement; failed with a {@link PlatformException} when it did not answer
     */
    public Future<TransactionAck> transaction(PileSession session, TransactionRecorded record) {
        return request(session, Addresses.CORE_PILE_TRANSACTION, record, TransactionAck.class, "transaction");
    }

    /**
     * Asks the core to authorise a start at the pile ({@link Addresses#CORE_PILE_AUTHORIZE}).
     *
     * @return the decision; failed with a {@link PlatformException} when the core cannot answer
     */
    public Future<StartAuthorization> authorize(PileSession session, StartAuthorizationRequest request) {
        return request(session, Addresses.CORE_PILE_AUTHORIZE, request, StartAuthorization.class, "authorize");
    }

    /**
     * Tells the core that this node stops and its piles are offline
     * ({@link Addresses#CORE_EDGE_NODE_STOPPING}): one request for all of them.
     *
     * @return the core's acknowledgement, once the registry no longer names the node; failed with a
     *         {@link PlatformException} ({@code UNAVAILABLE} on timeout or no core) when it did not answer
     */
    public Future<NodeStoppingAck> nodeStopping(EdgeNodeStopping stopping) {
        return bus.<JsonObject>request(Addresses.CORE_EDGE_NODE_STOPPING, BusJson.toJson(stopping), requestOptions)
                .map(reply -> decode(reply, NodeStoppingAck.class))
                .recover(err -> {
                    metrics.coreRequestFailed("node-stopping");
                    return Future.failedFuture(PlatformException.from(err));
                });
    }

    /** Sends a pile event to the core, fire and forget (live data is lossy by design). */
    public void publish(PileEvent event) {
        bus.send(Addresses.CORE_PILE_EVENTS, BusJson.toJson(event));
    }

    /**
     * Checks that a core answers on the login address. The probe is deliberately not a login
     * request (the core refuses it as malformed, without touching its database, and logs that
     * at DEBUG); any answer, even that refusal, proves a core is there.
     *
     * @return a Future failed when no core consumer exists or none answers in time
     */
    public Future<Void> probe() {
        return bus.request(Addresses.CORE_PILE_LOGIN, "edge readiness probe", requestOptions).<Void>mapEmpty().recover(err -> {
            if (err instanceof ReplyException re && re.failureType() == ReplyFailure.RECIPIENT_FAILURE) {
                return Future.succeededFuture();
            }
            return Future.failedFuture(err);
        });
    }

    private <T> Future<T> request(PileSession session, String address, Object body, Class<T> replyType, String kind) {
        session.requestStarted(MAX_IN_FLIGHT);
        return bus.<JsonObject>request(address, BusJson.toJson(body), requestOptions)
                .map(reply -> decode(reply, replyType))
                .transform(ar -> {
                    session.requestEnded(MAX_IN_FLIGHT);
                    if (ar.failed()) {
                        metrics.coreRequestFailed(kind);
                        return Future.failedFuture(PlatformException.from(ar.cause()));
                    }
                    return Future.succeededFuture(ar.result());
                });
    }

    private static <T> T decode(Message<JsonObject> reply, Class<T> type) {
        return BusJson.fromJson(reply.body(), type);
    }
}
