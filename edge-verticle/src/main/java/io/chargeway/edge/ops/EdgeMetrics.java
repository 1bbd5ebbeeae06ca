package io.chargeway.edge.ops;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.frame.RejectReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The edge node's meters, in a Prometheus registry owned by the verticle (no global registry).
 * Counters on the frame path are created up front and kept in arrays, so counting a frame is an
 * array read and an increment. Prometheus names:
 * <ul>
 *   <li>{@code edge_piles_connected}, {@code edge_piles_logged_in} (gauges)</li>
 *   <li>{@code ykc_frames_in_total{type="0x13"}}, {@code ykc_frames_out_total{type="0x04"}}</li>
 *   <li>{@code ykc_bad_frames_total{reason="BAD_CRC"}}</li>
 *   <li>{@code ykc_frames_ignored_total{reason="before_login"|"wrong_direction"}}</li>
 *   <li>{@code edge_logins_total{result="accepted"|"refused"|"unavailable"}}, {@code edge_login_duration_seconds}</li>
 *   <li>{@code edge_disconnects_total{reason="HEARTBEAT_TIMEOUT"}}</li>
 *   <li>{@code edge_command_round_trip_seconds{command="command.reboot",outcome="replied"}}</li>
 *   <li>{@code edge_transactions_confirmed_total{result="accepted"|"invalid"}},
 *       {@code edge_transactions_unconfirmed_total} (core did not answer: no 0x40)</li>
 *   <li>{@code edge_core_requests_failed_total{request="login"}}, {@code edge_redis_errors_total{operation}},
 *       {@code edge_events_dropped_total}</li>
 * </ul>
 * Used from the verticle's event loop only.
 */
public final class EdgeMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter[] framesIn = new Counter[256];
    private final Counter[] framesOut = new Counter[256];
    private final Map<RejectReason, Counter> badFrames = new EnumMap<>(RejectReason.class);
    private final Counter ignoredBeforeLogin;
    private final Counter ignoredWrongDirection;
    private final Counter loginsAccepted;
    private final Counter loginsRefused;
    private final Counter loginsUnavailable;
    private final Counter transactionsAccepted;
    private final Counter transactionsInvalid;
    private final Counter transactionsUnconfirmed;
    private final Counter eventsDropped;
    private final Timer loginDuration;
    private final Map<String, Counter> disconnects = new HashMap<>();
    private final Map<String, Counter> coreFailures = new HashMap<>();
    private final Map<String, Counter> redisErrors = new HashMap<>();
    private final Map<String, Timer> commands = new HashMap<>();

    /** Creates the registry and the fixed meters. */
    public EdgeMetrics() {
        for (FrameType type : FrameType.values()) {
            framesIn[type.code()] = Counter.builder("ykc.frames.in").tag("type", type.hex())
                    .description("Valid frames received from piles").register(registry);
            framesOut[type.code()] = Counter.builder("ykc.frames.out").tag("type", type.hex())
                    .description("Frames written to piles").register(registry);
        }
        for (RejectReason reason : RejectReason.values()) {
            badFrames.put(reason, Counter.builder("ykc.bad.frames").tag("reason", reason.name())
                    .description("Bytes or frames the decoder dropped").register(registry));
        }
        ignoredBeforeLogin = ignored("before_login");
        ignoredWrongDirection = ignored("wrong_direction");
        loginsAccepted = login("accepted");
        loginsRefused = login("refused");
        loginsUnavailable = login("unavailable");
        transactionsAccepted = confirmed("accepted");
        transactionsInvalid = confirmed("invalid");
        transactionsUnconfirmed = Counter.builder("edge.transactions.unconfirmed")
                .description("Transaction records left unconfirmed because the core did not answer").register(registry);
        loginDuration = Timer.builder("edge.login.duration")
                .description("Time from a pile's 0x01 to the core's decision").register(registry);
        eventsDropped = Counter.builder("edge.events.dropped")
                .description("Lossy pile events dropped because a pile exceeded its event budget").register(registry);
    }

    /**
     * Registers the connection gauges, read from the session registry at scrape time (held
     * strongly: Micrometer would otherwise lose the suppliers at the next GC and report NaN).
     */
    public void gauges(IntSupplier connected, IntSupplier loggedIn) {
        Gauge.builder("edge.piles.connected", connected, IntSupplier::getAsInt).strongReference(true)
                .description("Open pile connections").register(registry);
        Gauge.builder("edge.piles.logged.in", loggedIn, IntSupplier::getAsInt).strongReference(true)
                .description("Logged-in piles").register(registry);
    }

    /** Counts a valid frame received. */
    public void frameIn(FrameType type) {
        framesIn[type.code()].increment();
    }

    /** Counts a frame written. */
    public void frameOut(FrameType type) {
        framesOut[type.code()].increment();
    }

    /** Counts a dropped frame. */
    public void badFrame(RejectReason reason) {
        badFrames.get(reason).increment();
    }

    /** Counts a frame ignored because the pile has not logged in. */
    public void ignoredBeforeLogin() {
        ignoredBeforeLogin.increment();
    }

    /** Counts a platform-to-pile frame a pile sent. */
    public void ignoredWrongDirection() {
        ignoredWrongDirection.increment();
    }

    /** Counts a login the core accepted. */
    public void loginAccepted() {
        loginsAccepted.increment();
    }

    /** Counts a login the core refused. */
    public void loginRefused() {
        loginsRefused.increment();
    }

    /** Counts a login the core could not decide (unreachable, timeout). */
    public void loginUnavailable() {
        loginsUnavailable.increment();
    }

    /** Records how long the core took to decide on a login. */
    public void loginAnswered(long millis) {
        loginDuration.record(Duration.ofMillis(millis));
    }

    /** Counts a closed connection by reason. */
    public void disconnect(String reason) {
        disconnects.computeIfAbsent(reason, r -> Counter.builder("edge.disconnects").tag("reason", r)
                .description("Closed pile connections").register(registry)).increment();
    }

    /** Counts a confirmed transaction record (0x40 sent). */
    public void transactionConfirmed(boolean accepted) {
        (accepted ? transactionsAccepted : transactionsInvalid).increment();
    }

    /** Counts a transaction record the core did not answer in time (no 0x40 sent). */
    public void transactionUnconfirmed() {
        transactionsUnconfirmed.increment();
    }

    /** Counts a lossy event dropped for a pile over its budget. */
    public void eventDropped() {
        eventsDropped.increment();
    }

    /** Counts a failed request to the core by kind ({@code login}, {@code tariff}, ...). */
    public void coreRequestFailed(String request) {
        coreFailures.computeIfAbsent(request, r -> Counter.builder("edge.core.requests.failed").tag("request", r)
                .description("Requests to the core that failed or timed out").register(registry)).increment();
    }

    /** Counts a failed Redis operation. */
    public void redisError(String operation) {
        redisErrors.computeIfAbsent(operation, o -> Counter.builder("edge.redis.errors").tag("operation", o)
                .description("Failed Redis operations (the edge carries on)").register(registry)).increment();
    }

    /** Records a command's round trip ({@code outcome}: replied, timeout, offline, rejected, ...). */
    public void command(String command, String outcome, long millis) {
        commands.computeIfAbsent(command + '|' + outcome, k -> Timer.builder("edge.command.round.trip")
                .tag("command", command).tag("outcome", outcome)
                .description("Time from sending a command frame to the pile's reply").register(registry))
                .record(Duration.ofMillis(millis));
    }

    /** The registry, for tests and extra meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    private Counter ignored(String reason) {
        return Counter.builder("ykc.frames.ignored").tag("reason", reason)
                .description("Valid frames the edge ignored").register(registry);
    }

    private Counter login(String result) {
        return Counter.builder("edge.logins").tag("result", result).description("Login requests by outcome").register(registry);
    }

    private Counter confirmed(String result) {
        return Counter.builder("edge.transactions.confirmed").tag("result", result)
                .description("Transaction records confirmed with 0x40 after the core answered").register(registry);
    }
}
