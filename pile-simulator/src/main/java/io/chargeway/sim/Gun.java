package io.chargeway.sim;

import java.time.Duration;

import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.charging.RemoteStart;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.TransactionTrigger;
import io.vertx.core.Future;

/**
 * One gun of a simulated pile: what tests read (status, plug, serial, energy, amount; volatile, so
 * any thread may read them) and what a driver does at the pile (plug, swipe a card, stop). The
 * control methods run on the pile's event loop and return a Future.
 *
 * <p>By default a remote start (0x34) finds the driver's car already plugged in: the gun plugs
 * itself and starts. After {@link #unplug()} remote starts fail with 0x05 "gun not plugged"
 * until {@link #plug()}; plugging within 60 s of such a start sends a second 0x33 and starts
 * (reference 7.4).
 */
public final class Gun {

    /** Manual stop at the pile (0x45), the reason {@link #stopLocally()} reports. */
    public static final StopReason MANUAL_STOP = new StopReason(0x45);

    private final PileEngine engine;
    private final int number;
    private volatile GunStatus status = GunStatus.IDLE;
    private volatile boolean plugged;
    private volatile TradeSerial serial = TradeSerial.ZERO;
    private volatile long energyDeciWh;
    private volatile long amountCentiFen;
    /** When the next periodic 0x13 of this gun is due (monotonic ms). */
    long liveDueAt;
    /** The meter reading, 0.0001 kWh; grows by each session's energy. */
    long meterDeciWh = 12_345_670;
    volatile ChargingSession session;
    boolean autoPlug = true;
    boolean fault;
    int remoteStartFailure;
    RemoteStart pendingStart;
    long pendingStartUntil;
    CardAuthorisation pendingAuth;

    Gun(PileEngine engine, int number) {
        this.engine = engine;
        this.number = number;
    }

    /** The gun number, 1-based. */
    public int number() {
        return number;
    }

    /** Idle, charging or faulty. */
    public GunStatus status() {
        return status;
    }

    /** Whether the gun is plugged into a vehicle. */
    public boolean plugged() {
        return plugged;
    }

    /** The trade serial of the running (or last) session; zero before the first. */
    public TradeSerial serial() {
        return serial;
    }

    /** Energy of the running (or last) session in 0.0001 kWh, as of the last 0x13 or the end. */
    public long energyDeciWh() {
        return energyDeciWh;
    }

    /** Amount of the running (or last) session in 0.0001 yuan, as of the last 0x13 or the end. */
    public long amountCentiFen() {
        return amountCentiFen;
    }

    /** How the running session was started (app, card, VIN, offline), or null when the gun is not charging. */
    public TransactionTrigger sessionTrigger() {
        ChargingSession s = session;
        return s == null ? null : s.trigger;
    }

    /** How long the running session has lasted by the pile's clock; zero when not charging. */
    public Duration sessionDuration() {
        ChargingSession s = session;
        return s == null ? Duration.ZERO : Duration.between(s.start, engine.pileNow());
    }

    /** Plugs the gun in (0x13 on change); completes a remote start refused as "not plugged" within 60 s. */
    public Future<Void> plug() {
        return ContextCalls.run(engine.shard.context(), () -> engine.charging.plug(this));
    }

    /** Unplugs the gun (0x13 on change); from now on remote starts fail with 0x05 until {@link #plug()}. */
    public Future<Void> unplug() {
        return ContextCalls.run(engine.shard.context(), () -> engine.charging.unplug(this));
    }

    /**
     * Swipes a card at this gun: 0x31 with start mode card, and on a 0x32 success the session
     * starts with the serial the platform gave.
     *
     * @return the trade serial; fails with IllegalStateException if the gun is busy, the pile not
     *         logged in, the platform refuses (the message names the 0x32 failure code) or no 0x32
     *         arrives within 30 s
     */
    public Future<TradeSerial> swipeCard(PhysicalCardNo card) {
        return ContextCalls.compose(engine.shard.context(), () -> engine.startRequests.requestStart(this, card, ""));
    }

    /** Like {@link #swipeCard} for a VIN-capable vehicle: 0x31 with start mode VIN (the VIN reversed on the wire). */
    public Future<TradeSerial> startByVin(String vin) {
        return ContextCalls.compose(engine.shard.context(), () -> engine.startRequests.requestStart(this, PhysicalCardNo.NONE, vin));
    }

    /**
     * Starts a session without asking the platform, as a pile in offline mode does: the pile makes
     * the serial itself and the record carries transaction flag 0x04. It runs until stopped.
     *
     * @return the serial; fails with IllegalStateException if the gun is busy or faulty
     */
    public Future<TradeSerial> simulateCharging() {
        return ContextCalls.get(engine.shard.context(), () -> engine.charging.startOffline(this));
    }

    /** Stops the session at the pile with reason 0x45 (manual stop); see {@link #stopLocally(StopReason)}. */
    public Future<Void> stopLocally() {
        return stopLocally(MANUAL_STOP);
    }

    /**
     * Ends the running session with {@code reason}: 0x19 (DC), the 0x3B record (kept until 0x40)
     * and an idle 0x13.
     *
     * @return fails with IllegalStateException if the gun is not charging
     */
    public Future<Void> stopLocally(StopReason reason) {
        return ContextCalls.run(engine.shard.context(), () -> {
            if (session == null) {
                throw new IllegalStateException("gun " + number + " of pile " + engine.pileNo() + " is not charging");
            }
            engine.charging.endSession(this, reason);
        });
    }

    /** Makes remote starts fail with {@code failureCode} (0x33 offset 25, e.g. 0x03 device fault); 0 accepts them again. */
    public Future<Void> failRemoteStarts(int failureCode) {
        if (failureCode < 0 || failureCode > 0xFF) {
            return Future.failedFuture(new IllegalArgumentException("failure code is one byte, got " + failureCode));
        }
        return ContextCalls.run(engine.shard.context(), () -> remoteStartFailure = failureCode);
    }

    /** Puts the gun into (or out of) fault: status fault in 0x13 and heartbeat gun state 0x01; refuses starts. */
    public Future<Void> fault(boolean on) {
        return ContextCalls.run(engine.shard.context(), () -> engine.charging.fault(this, on));
    }

    ChargingSession session() {
        return session;
    }

    void status(GunStatus s) {
        status = s;
    }

    void plugged(boolean p) {
        plugged = p;
    }

    void serial(TradeSerial s) {
        serial = s;
    }

    void progress(long energy, long amount) {
        energyDeciWh = energy;
        amountCentiFen = amount;
    }

    @Override
    public String toString() {
        return "gun " + number + " " + status + (plugged ? " plugged" : "") + (serial.isZero() ? "" : " serial " + serial)
                + " " + energyDeciWh + " deciWh " + amountCentiFen + " centiFen";
    }
}
