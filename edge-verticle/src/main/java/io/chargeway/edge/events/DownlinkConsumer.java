package io.chargeway.edge.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.CommandResult;
import io.chargeway.contract.command.PileCommand;
import io.chargeway.contract.json.BusJson;
import io.chargeway.edge.events.DownlinkTranslator.Step;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.session.PendingReplies;
import io.chargeway.edge.session.PendingReplies.Reply;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.SessionRegistry;
import io.chargeway.edge.session.SessionState;
import io.chargeway.ykc.field.PileNo;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves this node's command address ({@link Addresses#edgeCommands(String)}): the core routes a
 * {@link PileCommand} here because the pile's Redis lease names this node. The consumer finds the
 * pile's session, sends the command's frames one after the other, waits for each reply frame and
 * answers with a {@link CommandResult} (the pile's success or failure, its reply fields and the
 * round trip). It fails the request with {@code BAD_REQUEST} (the message names the field),
 * {@code PILE_OFFLINE}, {@code PILE_BUSY} or {@code COMMAND_TIMEOUT}. Every command has a
 * correlation id (the request's {@value #CORRELATION_HEADER} header, or one made here) in all its
 * log lines and in the result.
 */
public final class DownlinkConsumer {

    /** The bus header carrying the caller's correlation id. */
    public static final String CORRELATION_HEADER = "correlationId";

    private static final Logger LOG = LoggerFactory.getLogger(DownlinkConsumer.class);

    private final EventBus bus;
    private final String nodeId;
    private final SessionRegistry registry;
    private final PendingReplies pending;
    private final ClockSync clockSync;
    private final EdgeMetrics metrics;
    private final LongSupplier clock;
    private final long timeoutMillis;
    private MessageConsumer<Object> consumer;
    private long nextCorrelation;

    /**
     * Creates the consumer; nothing is consumed until {@link #register()}.
     *
     * @param timeoutMillis how long each frame waits for the pile's reply
     * @param clock         monotonic milliseconds
     */
    public DownlinkConsumer(EventBus bus, String nodeId, SessionRegistry registry, PendingReplies pending, ClockSync clockSync,
                            EdgeMetrics metrics, long timeoutMillis, LongSupplier clock) {
        this.bus = bus;
        this.nodeId = nodeId;
        this.registry = registry;
        this.pending = pending;
        this.clockSync = clockSync;
        this.metrics = metrics;
        this.timeoutMillis = timeoutMillis;
        this.clock = clock;
    }

    /**
     * Starts consuming this node's command address.
     *
     * @return a Future completed once the registration reached the (clustered) bus
     */
    public Future<Void> register() {
        consumer = bus.consumer(Addresses.edgeCommands(nodeId), this::handle);
        return consumer.completion();
    }

    /**
     * Stops consuming.
     *
     * @return a Future completed once unregistered
     */
    public Future<Void> unregister() {
        return consumer == null ? Future.succeededFuture() : consumer.unregister();
    }

    void handle(Message<Object> message) {
        String correlation = correlation(message);
        Object body = message.body();
        String type = body instanceof JsonObject json && json.getValue("type") instanceof String t ? t : "unknown";
        PileCommand command;
        List<Step> steps;
        try {
            command = parse(body);
            steps = DownlinkTranslator.steps(command, clockSync);
        } catch (PlatformException e) {
            fail(message, type, "?", correlation, e, 0);
            return;
        }
        PileSession session = registry.find(PileNo.parse(command.pileNo()));
        if (session == null || session.state() != SessionState.LOGGED_IN) {
            fail(message, type, command.pileNo(), correlation, new PlatformException(ErrorCode.PILE_OFFLINE,
                    "pile " + command.pileNo() + " is not connected to edge node " + nodeId), 0);
            return;
        }
        // the answer (or the failure) is logged at INFO with the same correlation and the time it took
        LOG.debug("command to pile [pile: {}, command: {}, correlation: {}, frames: {}]", session.label(), type, correlation,
                steps.size());
        long started = clock.getAsLong();
        run(session, steps, correlation).onComplete(ar -> finish(message, command, type, correlation, session,
                clock.getAsLong() - started, ar));
    }

    private static PileCommand parse(Object body) {
        if (!(body instanceof JsonObject json)) {
            throw new PlatformException(ErrorCode.BAD_REQUEST, "a pile command must be a JSON object");
        }
        return BusJson.fromJson(json, PileCommand.class);
    }

    private void finish(Message<Object> message, PileCommand command, String type, String correlation, PileSession session,
                        long millis, AsyncResult<List<Reply>> ar) {
        if (ar.failed()) {
            fail(message, type, session.label(), correlation, PlatformException.from(ar.cause()), millis);
            return;
        }
        CommandResult result = result(command, type, correlation, ar.result(), millis);
        metrics.command(type, result.success() ? "replied" : "rejected", millis);
        LOG.info("pile answered command [pile: {}, command: {}, correlation: {}, success: {}, reason: {}, millis: {}]",
                session.label(), type, correlation, result.success(), result.reason(), millis);
        message.reply(BusJson.toJson(result));
    }

    private Future<List<Reply>> run(PileSession session, List<Step> steps, String correlation) {
        Future<List<Reply>> chain = Future.succeededFuture(new ArrayList<>(steps.size()));
        for (Step step : steps) {
            chain = chain.compose(replies -> send(session, step, correlation).map(reply -> {
                replies.add(reply);
                return replies;
            }));
        }
        return chain;
    }

    private Future<Reply> send(PileSession session, Step step, String correlation) {
        if (session.state() != SessionState.LOGGED_IN) {
            return Future.failedFuture(new PlatformException(ErrorCode.PILE_OFFLINE,
                    "pile " + session.label() + " disconnected during the command"));
        }
        Future<Reply> reply = pending.await(session, step.awaited(), correlation, timeoutMillis);
        if (!reply.failed()) {
            session.send(step.frame());
            LOG.debug("command frame sent [pile: {}, type: {}, correlation: {}]", session.label(), step.frame().frameType().hex(),
                    correlation);
        }
        return reply;
    }

    private static CommandResult result(PileCommand command, String type, String correlation, List<Reply> replies, long millis) {
        boolean success = true;
        List<String> reasons = new ArrayList<>();
        List<Map<String, Object>> frames = new ArrayList<>(replies.size());
        for (Reply reply : replies) {
            CommandReplies.Outcome outcome = CommandReplies.outcome(reply.message());
            success &= outcome.success();
            if (outcome.reason() != null) {
                reasons.add(outcome.reason());
            }
            frames.add(outcome.fields());
        }
        Map<String, Object> fields = frames.size() == 1 ? frames.get(0) : Map.of("frames", frames);
        return new CommandResult(command.pileNo(), type, correlation, success, reasons.isEmpty() ? null : String.join("; ", reasons),
                fields, millis);
    }

    private void fail(Message<Object> message, String type, String pile, String correlation, PlatformException failure,
                      long millis) {
        metrics.command(type, failure.code().name().toLowerCase(Locale.ROOT), millis);
        LOG.warn("command failed [pile: {}, command: {}, correlation: {}, code: {}, error: {}]", pile, type, correlation,
                failure.code(), failure.getMessage());
        String text = failure.getMessage();
        message.fail(failure.code().busCode(), text.contains(correlation) ? text : text + " [correlation: " + correlation + "]");
    }

    private String correlation(Message<Object> message) {
        String given = message.headers().get(CORRELATION_HEADER);
        return given != null && !given.isBlank() ? given : nodeId + "-" + (++nextCorrelation);
    }
}
