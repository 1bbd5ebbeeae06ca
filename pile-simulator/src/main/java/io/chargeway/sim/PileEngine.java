package io.chargeway.sim;

import java.time.LocalDateTime;

import io.chargeway.sim.metering.DemoTariff;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.frame.FrameRejection;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.BillingModelCheck;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.LoginRequest;
import io.chargeway.ykc.message.session.LoginResponse;
import io.vertx.core.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol engine behind a {@link SimulatedPile}, confined to the pile's event loop: the
 * link's life (connect, 0x01 login, loss, back-off, reconnect), the deadlines the shard's tick
 * checks (login timeout, 0x03 heartbeats, missed heartbeat answers, the scenario script), the
 * frames in and out, and the misbehaviour switches applied on the way out.
 */
final class PileEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PileEngine.class);

    final SimulatedPile facade;
    final PileShard shard;
    final PileTarget target;
    final PileIdentity identity;
    final PileSettings settings;
    final Gun[] guns;
    final FrameCounts sent = new FrameCounts();
    final FrameCounts received = new FrameCounts();
    final PileFaults faults = new PileFaults();
    final ChargingFlow charging = new ChargingFlow(this);
    final PileCommands commands = new PileCommands(this);
    final PileConnector connector = new PileConnector(this);
    final PileStartRequests startRequests = new PileStartRequests(this);
    /** The billing model in force: the demo model (0000) until the platform sends one. */
    volatile BillingModel model = DemoTariff.MODEL;
    volatile ConnectionState state = ConnectionState.STOPPED;
    volatile int logins;
    volatile int loginFailures;
    volatile int reconnects;
    private PileLink link;
    private PileObserver observer;
    private PileScript script = PileScript.NONE;
    private long heartbeatAt;
    private long scriptAt = Long.MAX_VALUE;
    private long nextDueAt = Long.MAX_VALUE;
    private int unansweredRounds;
    private boolean inShard;

    PileEngine(SimulatedPile facade, PileShard shard, PileTarget target, PileIdentity identity, PileSettings settings) {
        this.facade = facade;
        this.shard = shard;
        this.target = target;
        this.identity = identity;
        this.settings = settings;
        this.guns = new Gun[identity.gunCount()];
        for (int i = 0; i < guns.length; i++) {
            guns[i] = new Gun(this, i + 1);
        }
        shard.stats().pileCreated();
    }

    PileNo pileNo() {
        return identity.pileNo();
    }

    void start() {
        if (state == ConnectionState.STOPPED) {
            if (!inShard) {
                inShard = true;
                shard.register(this);
            }
            connector.connect();
        }
    }

    void stopNow() {
        setState(ConnectionState.STOPPED);
        scriptAt = Long.MAX_VALUE;
        if (link != null) {
            PileLink l = link;
            link = null;
            l.close();
        }
        shard.unregistered();
    }

    /** Whether the shard may forget this pile (stopped); clears its membership when so. */
    boolean leaveShardIfStopped() {
        if (state == ConnectionState.STOPPED) {
            inShard = false;
            return true;
        }
        return false;
    }

    /** Closes the current link; its close handler schedules the reconnect. */
    void dropLink() {
        if (link != null) {
            link.close();
        }
    }

    // ---- frames in -------------------------------------------------------------------------

    void onFrame(PileLink from, int sequence, YkcMessage message) {
        received.increment(message.frameType().code());
        shard.stats().frameReceived();
        switch (message.frameType()) {
            case LOGIN_RESPONSE -> onLoginResponse((LoginResponse) message);
            case HEARTBEAT_RESPONSE -> unansweredRounds = 0;
            default -> {
                if (state == ConnectionState.LOGGED_IN) {
                    onCommand(sequence, message);
                } else {
                    LOG.debug("frame before login ignored [pile: {}, type: {}]", pileNo(), message.frameType().hex());
                }
            }
        }
        if (observer != null) {
            observer.frame(facade, message, false);
        }
    }

    void onRejected(FrameRejection rejection) {
        shard.stats().badFrameReceived();
        LOG.debug("bad frame from platform [pile: {}, rejection: {}]", pileNo(), rejection);
    }

    private void onLoginResponse(LoginResponse response) {
        if (state != ConnectionState.CONNECTED) {
            return;
        }
        if (response.accepted()) {
            connector.loggedIn();
            unansweredRounds = 0;
            logins++;
            long now = PileShard.now();
            heartbeatAt = schedule(now + settings.heartbeatMillis());
            setState(ConnectionState.LOGGED_IN);
            send(new BillingModelCheck(identity.pileNo(), model.billingModelNo()));
            charging.loggedIn(now);
            scriptAt = schedule(script.run(facade, now));
        } else {
            countLoginFailure();
            LOG.debug("login refused [pile: {}]", pileNo());
            dropLink();
        }
    }

    private void onCommand(int sequence, YkcMessage message) {
        try {
            commands.onFrame(sequence, message);
        } catch (RuntimeException e) {
            shard.stats().error();
            LOG.warn("platform frame could not be handled [pile: {}, type: {}, cause: {}]", pileNo(),
                    message.frameType().hex(), e.toString());
        }
    }

    // ---- time --------------------------------------------------------------------------------

    /** Called by the shard's tick; does nothing unless a deadline of this pile is due. */
    void tick(long now) {
        if (now < nextDueAt) {
            return;
        }
        nextDueAt = Long.MAX_VALUE;
        switch (state) {
            case WAITING_TO_RECONNECT -> connector.tickWaiting(now);
            case CONNECTED -> connector.tickConnected(now);
            case LOGGED_IN -> loggedInTick(now);
            default -> {
            }
        }
    }

    private void loggedInTick(long now) {
        if (now >= heartbeatAt) {
            int limit = settings.heartbeatMissLimit();
            if (limit > 0 && unansweredRounds >= limit) {
                LOG.debug("heartbeats unanswered, reconnecting [pile: {}, rounds: {}]", pileNo(), unansweredRounds);
                dropLink();
                return;
            }
            if (!faults.silent()) {
                for (Gun gun : guns) {
                    send(new Heartbeat(identity.pileNo(), gun.number(), gun.fault));
                }
                unansweredRounds++;
            }
            heartbeatAt = now + settings.heartbeatMillis();
        }
        schedule(heartbeatAt);
        charging.tick(now);
        if (now >= scriptAt) {
            scriptAt = script.run(facade, now);
        }
        schedule(scriptAt);
    }

    /** Makes sure the tick visits this pile at {@code at}; returns {@code at}. */
    long schedule(long at) {
        if (at < nextDueAt) {
            nextDueAt = at;
        }
        return at;
    }

    // ---- frames out ------------------------------------------------------------------------

    /** Sends an originated frame with the next sequence number; false if not connected or silent. */
    boolean send(YkcMessage message) {
        if (link == null || faults.silent() || state != ConnectionState.LOGGED_IN && !(message instanceof LoginRequest)) {
            return false;
        }
        return write(link, link.nextSequence(), message);
    }

    /** Answers a platform command, echoing its sequence (reference 14.8); nothing if not logged in or silent. */
    void reply(int sequence, YkcMessage message) {
        if (link != null && !faults.silent() && state == ConnectionState.LOGGED_IN) {
            write(link, sequence, message);
        }
    }

    private boolean write(PileLink l, int sequence, YkcMessage message) {
        Buffer bytes;
        try {
            bytes = FrameEncoder.encodeBuffer(sequence, message, crcOrder());
        } catch (RuntimeException e) {
            shard.stats().error();
            LOG.warn("cannot encode frame [pile: {}, type: {}, cause: {}]", pileNo(), message.frameType().hex(), e.getMessage());
            return false;
        }
        l.write(bytes);
        sent.increment(message.frameType().code());
        shard.stats().frameSent();
        if (observer != null) {
            observer.frame(facade, message, true);
        }
        return true;
    }

    CrcOrder crcOrder() {
        return faults.crcHighFirst() ? CrcOrder.HIGH_FIRST : CrcOrder.LOW_FIRST;
    }

    PileLink link() {
        return link;
    }

    /** A new connection: the link that frames now go through, and login due. */
    void connected(PileLink newLink) {
        link = newLink;
        faults.silentUntilReconnect(false);
        setState(ConnectionState.CONNECTED);
        send(new LoginRequest(identity.pileNo(), identity.pileType(), guns.length, LoginRequest.PROTOCOL_V16,
                settings.firmware(), 0x01, "00000000000000000000", 0x04));
    }

    void onLinkClosed(PileLink closed) {
        if (closed == link) {
            link = null;
            if (state != ConnectionState.STOPPED) {
                LOG.debug("connection lost [pile: {}, state: {}]", pileNo(), state);
                connector.scheduleReconnect();
            }
        }
    }

    void onLinkError(Throwable cause) {
        shard.stats().error();
        LOG.debug("connection error [pile: {}, cause: {}]", pileNo(), cause.toString());
    }

    void countLoginFailure() {
        loginFailures++;
        shard.stats().loginFailed();
    }

    void setState(ConnectionState to) {
        ConnectionState from = state;
        if (from != to) {
            state = to;
            shard.stats().stateChanged(from, to);
            if (observer != null) {
                observer.changed(facade);
            }
        }
    }

    boolean isLoggedIn() {
        return state == ConnectionState.LOGGED_IN;
    }

    /** The pile's local time (wall clock moved by the last 0x56 time sync). */
    LocalDateTime pileNow() {
        return commands.pileNow();
    }

    /** The gun with that number, or null. */
    Gun gunOrNull(int number) {
        return number >= 1 && number <= guns.length ? guns[number - 1] : null;
    }

    void storeModel(BillingModel received) {
        model = shard.intern(received);
        LOG.debug("billing model stored [pile: {}, model: {}]", pileNo(), model.billingModelNo());
        changed();
    }

    /** Lets waiting conditions look at the pile again. */
    void changed() {
        if (observer != null) {
            observer.changed(facade);
        }
    }

    PileObserver observer() {
        if (observer == null) {
            observer = new PileObserver(shard.vertx(), settings.observe());
        }
        return observer;
    }

    void script(PileScript newScript) {
        script = newScript == null ? PileScript.NONE : newScript;
        scriptAt = state == ConnectionState.LOGGED_IN ? schedule(PileShard.now()) : Long.MAX_VALUE;
    }
}
