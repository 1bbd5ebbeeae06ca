package io.chargeway.edge.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.LongSupplier;

import io.chargeway.edge.session.PileSession;
import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.message.maintenance.TimeSync;
import io.chargeway.ykc.message.maintenance.TimeSyncReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps pile clocks on Beijing time (reference 8.3/8.4, 14.1 step 6): a 0x56 right after login
 * and then every {@code clockSyncHours} (sent by the sweep), and the 0x55 reply logged with the
 * pile's remaining drift, at WARN when it is large (the pile did not take the time).
 */
public final class ClockSync {

    /** A drift above this after setting is logged at WARN. */
    static final Duration LARGE_DRIFT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(ClockSync.class);

    private final Clock clock;
    private final LongSupplier monotonic;

    /**
     * Creates the clock sync.
     *
     * @param clock     the wall clock whose time is sent
     * @param monotonic monotonic milliseconds, to schedule the next sync
     */
    public ClockSync(Clock clock, LongSupplier monotonic) {
        this.clock = clock;
        this.monotonic = monotonic;
    }

    /** The current platform time as a pile frame carries it. */
    public Cp56Time2a now() {
        return Cp56Time2a.of(LocalDateTime.ofInstant(clock.instant(), UplinkTranslator.PILE_ZONE));
    }

    /** Sends a 0x56 with the current time to a logged-in pile. */
    public void send(PileSession session) {
        session.send(new TimeSync(session.pileNo(), now()));
        session.clockSynced(monotonic.getAsLong());
        LOG.debug("time sync sent [pile: {}]", session.label());
    }

    /** Logs a 0x55 with the pile's clock after setting and its drift from ours. */
    public void replied(PileSession session, TimeSyncReply reply) {
        Instant pileTime = UplinkTranslator.instant(reply.pileTime());
        if (pileTime == null) {
            LOG.warn("pile answered the time sync with an invalid time [pile: {}, time: {}]", session.label(), reply.pileTime());
            return;
        }
        Duration drift = Duration.between(clock.instant(), pileTime);
        if (drift.abs().compareTo(LARGE_DRIFT) > 0) {
            LOG.warn("pile clock still off after time sync [pile: {}, pileTime: {}, driftSeconds: {}]", session.label(),
                    reply.pileTime(), drift.toSeconds());
        } else {
            LOG.info("pile clock synchronised [pile: {}, pileTime: {}, driftMillis: {}]", session.label(), reply.pileTime(),
                    drift.toMillis());
        }
    }
}
