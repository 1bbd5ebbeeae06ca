package io.chargeway.edge.session;

import java.util.Arrays;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.message.YkcMessage;

/**
 * The state of one pile connection, confined to the verticle's event loop (no locks). Kept small
 * on purpose: a node holds tens of thousands of these. Times are monotonic milliseconds given by
 * the caller, so tests drive them without sleeping.
 *
 * <p>States move {@code CONNECTED -> LOGGING_IN -> LOGGED_IN -> CLOSED} (see {@link SessionState});
 * the pile number, tenant and guns are known from the login on. The outgoing sequence counter
 * starts at 0 for every connection (reference 1.3) and replies are written in the CRC byte order
 * the pile itself uses (open point 1).
 */
public final class PileSession {

    /** Reason recorded when the pile (not the edge) ended the connection. */
    public static final String CLOSED_BY_PILE = "CLOSED_BY_PILE";

    private static final int MAX_GUN = 99;

    private final long connectionId;
    private final String remoteAddress;
    private final SessionLink link;
    private final long connectedAt;
    private SessionState state = SessionState.CONNECTED;
    private PileNo pileNo;
    private String pileNoText;
    private long tenantId;
    private long stationId;
    private LoginFacts facts;
    private CrcOrder crcOrder = CrcOrder.LOW_FIRST;
    private int nextSequence;
    private long lastFrameAt;
    private long lastClockSyncAt;
    private long badWindowStart;
    private int badFrames;
    private int inFlight;
    private long eventWindowStart;
    private int eventsInWindow;
    private TrackedGun[] guns = new TrackedGun[0];
    private boolean unsavedQueued;
    private String closeReason;

    /**
     * A new connection.
     *
     * @param connectionId  unique on this node; guards the Redis lease against a newer connection
     * @param remoteAddress the pile's address, for logs before the pile number is known
     * @param link          the socket
     * @param now           monotonic milliseconds
     */
    public PileSession(long connectionId, String remoteAddress, SessionLink link, long now) {
        this.connectionId = connectionId;
        this.remoteAddress = remoteAddress;
        this.link = link;
        this.connectedAt = now;
        this.lastFrameAt = now;
        this.badWindowStart = now;
    }

    /** What the pile said about itself in its login request. */
    public record LoginFacts(boolean dc, int gunCount, String protocolVersion, String programVersion, long loginEpochMillis) {
    }

    // --- state -------------------------------------------------------------------------------

    /** The current state. */
    public SessionState state() {
        return state;
    }

    /**
     * Moves to {@code LOGGING_IN} for a pile number.
     *
     * @throws IllegalStateException unless the session is {@code CONNECTED}
     */
    public void startLogin(PileNo pile) {
        move(SessionState.LOGGING_IN);
        this.pileNo = pile;
        this.pileNoText = pile.toString();
    }

    /**
     * Moves to {@code LOGGED_IN} with what the core and the pile said.
     *
     * @throws IllegalStateException unless the session is {@code LOGGING_IN}
     */
    public void loggedIn(long tenant, long station, LoginFacts loginFacts, long now) {
        move(SessionState.LOGGED_IN);
        this.tenantId = tenant;
        this.stationId = station;
        this.facts = loginFacts;
        this.lastFrameAt = now;
        this.lastClockSyncAt = now;
    }

    /**
     * Marks the session closed for {@code reason} and closes the socket; later calls do nothing.
     *
     * @return whether this call closed it
     */
    public boolean close(String reason) {
        if (!markClosed(reason)) {
            return false;
        }
        link.close();
        return true;
    }

    /**
     * Writes a last frame, then closes (a refused login: 0x02 failure, then close).
     *
     * @return whether this call closed it
     */
    public boolean closeAfter(int sequence, YkcMessage last, String reason) {
        if (!markClosed(reason)) {
            return false;
        }
        link.write(sequence, last, true);
        return true;
    }

    /**
     * Records that the socket is gone without the edge closing it (the pile closed, or a network
     * error); keeps an earlier reason the edge gave.
     *
     * @return whether the session was still open
     */
    public boolean markClosed(String reason) {
        if (state == SessionState.CLOSED) {
            return false;
        }
        state = SessionState.CLOSED;
        closeReason = reason;
        return true;
    }

    /** Why the session closed ({@link #CLOSED_BY_PILE} unless the edge closed it), null while open. */
    public String closeReason() {
        return closeReason;
    }

    private void move(SessionState next) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("session of " + label() + " cannot move from " + state + " to " + next);
        }
        state = next;
    }

    // --- identity ----------------------------------------------------------------------------

    /** This connection's id, unique on the node. */
    public long connectionId() {
        return connectionId;
    }

    /** The pile's address. */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** The pile number, null before the login request. */
    public PileNo pileNo() {
        return pileNo;
    }

    /** The pile number as 14 digits, null before the login request. */
    public String pileNoText() {
        return pileNoText;
    }

    /** The pile number or, before login, the remote address: for log lines. */
    public String label() {
        return pileNoText != null ? pileNoText : remoteAddress;
    }

    /** The pile's operator (0 before login). */
    public long tenantId() {
        return tenantId;
    }

    /** The pile's station (0 before login). */
    public long stationId() {
        return stationId;
    }

    /** What the pile reported at login, null before. */
    public LoginFacts facts() {
        return facts;
    }

    /** When the socket was accepted (monotonic ms). */
    public long connectedAt() {
        return connectedAt;
    }

    // --- frames ------------------------------------------------------------------------------

    /** Notes a valid frame: liveness and the CRC order to answer in. */
    public void frameReceived(CrcOrder order, long now) {
        this.crcOrder = order;
        this.lastFrameAt = now;
    }

    /** When the last valid frame arrived (monotonic ms). */
    public long lastFrameAt() {
        return lastFrameAt;
    }

    /** The CRC byte order the pile uses. */
    public CrcOrder crcOrder() {
        return crcOrder;
    }

    /**
     * Sends a frame the edge originates, with the next sequence number.
     *
     * @throws io.chargeway.ykc.field.FieldException if a value does not fit its field (nothing is sent)
     */
    public void send(YkcMessage message) {
        int sequence = nextSequence;
        link.write(sequence, message, false);
        nextSequence = (sequence + 1) & 0xFFFF;
    }

    /** Answers a pile frame, echoing its sequence. */
    public void reply(int sequence, YkcMessage message) {
        link.write(sequence, message, false);
    }

    /** The sequence number the next originated frame will carry. */
    public int nextSequence() {
        return nextSequence;
    }

    /**
     * Counts a bad frame in the sliding window.
     *
     * @return whether the count now exceeds {@code limit} within {@code windowMillis}
     */
    public boolean badFrame(long now, long windowMillis, int limit) {
        if (now - badWindowStart > windowMillis) {
            badWindowStart = now;
            badFrames = 0;
        }
        badFrames++;
        return badFrames > limit;
    }

    // --- work in flight ----------------------------------------------------------------------

    /**
     * Notes a request to the core on behalf of this pile; at {@code max} outstanding the socket
     * stops being read so that a flood cannot queue unbounded work.
     */
    public void requestStarted(int max) {
        inFlight++;
        if (inFlight == max) {
            link.pauseReading();
        }
    }

    /** Notes a request's end; reading resumes once below {@code max} again. */
    public void requestEnded(int max) {
        if (inFlight == max && state != SessionState.CLOSED) {
            link.resumeReading();
        }
        inFlight--;
    }

    /** Requests to the core not yet answered. */
    public int inFlight() {
        return inFlight;
    }

    /**
     * Takes one lossy event from the pile's budget of {@code perSecond} events per second, so that
     * a pile flooding valid frames cannot queue unbounded work on the bus.
     *
     * @return whether the event may be sent (false: drop it)
     */
    public boolean takeEvent(long now, int perSecond) {
        if (now - eventWindowStart >= 1000) {
            eventWindowStart = now;
            eventsInWindow = 0;
        }
        return ++eventsInWindow <= perSecond;
    }

    // --- guns and clock ----------------------------------------------------------------------

    /**
     * The remembered state of a gun, created on first use.
     *
     * @throws IllegalArgumentException for guns outside 1..99
     */
    public TrackedGun gun(int gun) {
        if (gun < 1 || gun > MAX_GUN) {
            throw new IllegalArgumentException("gun must be 1..99: " + gun);
        }
        if (gun > guns.length) {
            guns = Arrays.copyOf(guns, gun);
        }
        TrackedGun g = guns[gun - 1];
        if (g == null) {
            g = new TrackedGun();
            guns[gun - 1] = g;
        }
        return g;
    }

    /** The highest gun number known: the login's gun count or the highest gun seen since. */
    public int gunCount() {
        return Math.max(guns.length, facts == null ? 0 : facts.gunCount());
    }

    /** The gun state if the gun has been seen, else null. */
    public TrackedGun knownGun(int gun) {
        return gun >= 1 && gun <= guns.length ? guns[gun - 1] : null;
    }

    /** Whether the session waits in the queue of unsaved gun states. */
    public boolean unsavedQueued() {
        return unsavedQueued;
    }

    /** Marks the session as (not) waiting in the queue of unsaved gun states. */
    public void unsavedQueued(boolean queued) {
        this.unsavedQueued = queued;
    }

    /** When the clock was last synchronised (monotonic ms). */
    public long lastClockSyncAt() {
        return lastClockSyncAt;
    }

    /** Notes a time sync sent. */
    public void clockSynced(long now) {
        this.lastClockSyncAt = now;
    }

    @Override
    public String toString() {
        return "PileSession[" + label() + ", " + state + ", connection " + connectionId + "]";
    }
}
