package io.chargeway.sim;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Counters shared by the piles of one fleet (or owned by one stand-alone pile). Piles on several
 * event loops update them, so every field is a {@link LongAdder}; readers see a consistent enough
 * view for a progress line. Login time (TCP connect started to 0x02 success) goes to an
 * HdrHistogram in microseconds.
 */
public final class SimulatorStats {

    private static final long MAX_LOGIN_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final LongAdder[] byState = new LongAdder[ConnectionState.values().length];
    private final LongAdder charging = new LongAdder();
    private final LongAdder loginFailures = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder framesSent = new LongAdder();
    private final LongAdder framesReceived = new LongAdder();
    private final LongAdder badFramesReceived = new LongAdder();
    private final ConcurrentHistogram loginMicros = new ConcurrentHistogram(MAX_LOGIN_MICROS, 3);

    /** Creates empty statistics. */
    public SimulatorStats() {
        for (int i = 0; i < byState.length; i++) {
            byState[i] = new LongAdder();
        }
    }

    void stateChanged(ConnectionState from, ConnectionState to) {
        byState[from.ordinal()].decrement();
        byState[to.ordinal()].increment();
    }

    void pileCreated() {
        byState[ConnectionState.STOPPED.ordinal()].increment();
    }

    void chargingChanged(int delta) {
        charging.add(delta);
    }

    void loginSucceeded(long nanos) {
        loginMicros.recordValue(Math.min(MAX_LOGIN_MICROS, Math.max(0, nanos / 1000)));
    }

    void loginFailed() {
        loginFailures.increment();
    }

    void reconnecting() {
        reconnects.increment();
    }

    void error() {
        errors.increment();
    }

    void frameSent() {
        framesSent.increment();
    }

    void framesSent(int n) {
        framesSent.add(n);
    }

    void frameReceived() {
        framesReceived.increment();
    }

    void badFrameReceived() {
        badFramesReceived.increment();
        errors.increment();
    }

    /** Piles currently in {@code state}. */
    public long inState(ConnectionState state) {
        return byState[state.ordinal()].sum();
    }

    /** Piles with an open TCP connection (logged in or waiting for the 0x02). */
    public long connected() {
        return inState(ConnectionState.CONNECTED) + inState(ConnectionState.LOGGED_IN);
    }

    /** Guns currently charging. */
    public long charging() {
        return charging.sum();
    }

    /** Logins refused (0x02 result 0x01) or not answered in time. */
    public long loginFailures() {
        return loginFailures.sum();
    }

    /** Connection attempts after the first one of a pile. */
    public long reconnects() {
        return reconnects.sum();
    }

    /** Connect failures, connection errors and undecodable frames from the platform. */
    public long errors() {
        return errors.sum();
    }

    /** Frames written, misbehaviour included. */
    public long framesSent() {
        return framesSent.sum();
    }

    /** Frames decoded from the platform. */
    public long framesReceived() {
        return framesReceived.sum();
    }

    /** Bytes from the platform that the pile's decoder rejected. */
    public long badFramesReceived() {
        return badFramesReceived.sum();
    }

    /** A copy of the login-time histogram, in microseconds. */
    public Histogram loginMicros() {
        return loginMicros.copy();
    }

    /** One-line summary of the login times, e.g. {@code p50 1.2 ms, p99 8.4 ms, max 12.0 ms (n=10000)}. */
    public String loginSummary() {
        Histogram h = loginMicros();
        if (h.getTotalCount() == 0) {
            return "no logins";
        }
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)", h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0, h.getTotalCount());
    }
}
