package io.chargeway.sim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.session.BillingModel;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * A YKC V1.6 pile over real TCP (protocol reference section 14): connects, logs in with 0x01,
 * sends 0x03 per gun every heartbeat interval, answers the platform's commands, and reconnects
 * with back-off when the link is lost or the login refused. Misbehaviour is switched on at run
 * time through {@link #misbehave()}.
 *
 * <p>A pile lives on the event loop of its {@link PileShard}; it owns no thread and no timer:
 * the shard's tick visits it and it acts only when one of its deadlines is due. Methods may be
 * called from any thread; those that change the pile run on its event loop and return a Future
 * that completes once done there. Getters read volatile state and may lag by a frame.
 *
 * <pre>{@code
 * SimulatedPile pile = SimulatedPile.create(vertx, PileTarget.of("127.0.0.1", port),
 *         PileIdentity.dc("32010600019001", 2), PileSettings.defaults());
 * pile.start();
 * pile.awaitLoggedIn().onSuccess(v -> ...);
 * pile.gun(1).swipeCard(PhysicalCardNo.parse("D14B0A54"));   // 0x31, charges on a 0x32 success
 * pile.misbehave().badCrcFrame();
 * }</pre>
 * Remote starts (0x34) and stops (0x36) need nothing from the test: the pile answers and charges.
 */
public final class SimulatedPile {

    private static final Duration DEFAULT_AWAIT = Duration.ofSeconds(30);

    private final PileEngine engine;

    SimulatedPile(PileShard shard, PileTarget target, PileIdentity identity, PileSettings settings) {
        this.engine = new PileEngine(this, shard, target, identity, settings);
    }

    /**
     * Creates a stand-alone pile with its own shard (its own tick, client and statistics), for
     * tests that drive a few piles. Call {@link #start()} to connect.
     */
    public static SimulatedPile create(Vertx vertx, PileTarget target, PileIdentity identity, PileSettings settings) {
        return PileShard.create(vertx, new SimulatorStats()).add(target, identity, settings);
    }

    PileEngine engine() {
        return engine;
    }

    /**
     * Connects and logs in; from then on the pile keeps reconnecting until {@link #stop()}.
     *
     * @return completes once the connect has started (use {@link #awaitLoggedIn()} for the login)
     */
    public Future<Void> start() {
        return onContext(engine::start);
    }

    /** Closes the connection for good, no reconnect; completes once the close was requested. */
    public Future<Void> stop() {
        return onContext(engine::stopNow);
    }

    /** Drops the connection as a pile losing its network would; it reconnects after the back-off. */
    public Future<Void> disconnect() {
        return onContext(engine::dropLink);
    }

    /** Switches misbehaviour of this pile on and off at run time. */
    public Misbehaviour misbehave() {
        return new Misbehaviour(engine);
    }

    /**
     * Runs {@code script} after every login and whenever it asks to run again (replaces the previous one).
     *
     * @return completes once set; if the pile is logged in, the script runs at the next tick
     */
    public Future<Void> script(PileScript script) {
        return onContext(() -> engine.script(script));
    }

    // ---- observation -------------------------------------------------------------------------

    /** The pile's number, type and gun count. */
    public PileIdentity identity() {
        return engine.identity;
    }

    /** The pile number. */
    public PileNo pileNo() {
        return engine.identity.pileNo();
    }

    /** Where the link stands. */
    public ConnectionState state() {
        return engine.state;
    }

    /** Whether the platform accepted the current connection's login. */
    public boolean isLoggedIn() {
        return engine.state == ConnectionState.LOGGED_IN;
    }

    /** Whether the pile is stopped (never started, or stopped). */
    public boolean isStopped() {
        return engine.state == ConnectionState.STOPPED;
    }

    /** Successful logins so far. */
    public int loginCount() {
        return engine.logins;
    }

    /** Logins refused by 0x02 result 0x01 or not answered within the login timeout. */
    public int loginFailureCount() {
        return engine.loginFailures;
    }

    /** Connection attempts after the first one. */
    public int reconnectCount() {
        return engine.reconnects;
    }

    /**
     * The gun with the given number.
     *
     * @throws IllegalArgumentException if the pile has no such gun
     */
    public Gun gun(int number) {
        Gun[] guns = engine.guns;
        if (number < 1 || number > guns.length) {
            throw new IllegalArgumentException("pile " + pileNo() + " has guns 1.." + guns.length + ", not " + number);
        }
        return guns[number - 1];
    }

    /** Well-formed frames of {@code type} this pile wrote (misbehaviour bytes are not counted here). */
    public int framesSent(FrameType type) {
        return engine.sent.get(type.code());
    }

    /** Frames of {@code type} this pile decoded from the platform. */
    public int framesReceived(FrameType type) {
        return engine.received.get(type.code());
    }

    /** Counts of written frames by type. */
    public Map<FrameType, Integer> framesSentByType() {
        return engine.sent.snapshot();
    }

    /** Counts of received frames by type. */
    public Map<FrameType, Integer> framesReceivedByType() {
        return engine.received.snapshot();
    }

    /** The last frames received, oldest first (up to 32; none if the settings turned observation off). */
    public Future<List<YkcMessage>> lastFramesReceived() {
        return ContextCalls.get(engine.shard.context(), () -> engine.observer().lastReceived());
    }

    /**
     * Calls {@code handler} on the pile's event loop for every frame of {@code type} received
     * once the returned Future has completed.
     */
    @SuppressWarnings("unchecked")
    public <M extends YkcMessage> Future<Void> onFrame(FrameType type, Consumer<M> handler) {
        return onContext(() -> engine.observer().addHandler(type, false, m -> handler.accept((M) m)));
    }

    /** Like {@link #onFrame} for the frames this pile writes. */
    @SuppressWarnings("unchecked")
    public <M extends YkcMessage> Future<Void> onSent(FrameType type, Consumer<M> handler) {
        return onContext(() -> engine.observer().addHandler(type, true, m -> handler.accept((M) m)));
    }

    /** Succeeds when the pile is (or next becomes) logged in; fails with a TimeoutException after 30 s. */
    public Future<Void> awaitLoggedIn() {
        return await(SimulatedPile::isLoggedIn, DEFAULT_AWAIT);
    }

    /**
     * Succeeds when {@code condition} holds for this pile, checked on its event loop now and after
     * every frame in or out and every state change.
     *
     * @return fails with {@link java.util.concurrent.TimeoutException} if it does not hold within {@code timeout}
     */
    public Future<Void> await(Predicate<SimulatedPile> condition, Duration timeout) {
        return ContextCalls.compose(engine.shard.context(), () -> engine.observer()
                .awaitCondition(this, condition, timeout.toMillis(), "a condition on pile " + pileNo())).mapEmpty();
    }

    /**
     * The next frame of {@code type} received from the platform.
     *
     * @return fails with {@link java.util.concurrent.TimeoutException} if none arrives within {@code timeout}
     */
    public <M extends YkcMessage> Future<M> awaitFrame(FrameType type, Duration timeout) {
        return awaitFrame(type, false, timeout, type.hex() + " to pile " + pileNo());
    }

    /**
     * The next frame of {@code type} this pile writes.
     *
     * @return fails with {@link java.util.concurrent.TimeoutException} if none is written within {@code timeout}
     */
    public <M extends YkcMessage> Future<M> awaitSent(FrameType type, Duration timeout) {
        return awaitFrame(type, true, timeout, type.hex() + " from pile " + pileNo());
    }

    @SuppressWarnings("unchecked")
    private <M extends YkcMessage> Future<M> awaitFrame(FrameType type, boolean sent, Duration timeout, String what) {
        return ContextCalls.compose(engine.shard.context(),
                () -> engine.observer().awaitFrame(type, sent, timeout.toMillis(), what)).map(m -> (M) m);
    }

    /** The billing model in force: the demo model (number 0000) until the platform sends one with 0x0A or 0x58. */
    public BillingModel billingModel() {
        return engine.model;
    }

    /** The 0x3B records not yet confirmed by a 0x40, oldest first. */
    public Future<List<TransactionRecord>> pendingRecords() {
        return ContextCalls.get(engine.shard.context(), engine.charging::pendingRecords);
    }

    /** The physical card numbers of the offline card list (0x44 adds, 0x46 removes). */
    public Future<Set<PhysicalCardNo>> offlineCards() {
        return ContextCalls.get(engine.shard.context(), engine.commands::offlineCards);
    }

    /** Every gun, in number order. */
    public List<Gun> guns() {
        return List.of(engine.guns);
    }

    /** The statistics this pile reports to (its fleet's, or its own when stand-alone). */
    public SimulatorStats stats() {
        return engine.shard.stats();
    }

    private Future<Void> onContext(Runnable action) {
        return ContextCalls.run(engine.shard.context(), action);
    }

    @Override
    public String toString() {
        return "pile " + pileNo() + " " + engine.identity.pileType() + "x" + engine.guns.length + " " + engine.state;
    }
}
