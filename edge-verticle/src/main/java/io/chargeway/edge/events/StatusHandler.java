package io.chargeway.edge.events;

import java.time.Clock;
import java.time.Instant;
import java.util.function.LongSupplier;

import io.chargeway.contract.event.BmsReported;
import io.chargeway.contract.event.GunStatusChanged;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.event.PileFaultChanged;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.presence.GunStateBuffer;
import io.chargeway.edge.session.PileSession;
import io.chargeway.edge.session.TrackedGun;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.message.maintenance.GroundLockStatus;
import io.chargeway.ykc.message.session.Heartbeat;
import io.chargeway.ykc.message.session.HeartbeatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Heartbeats and the lossy status frames of logged-in piles (reference 5.3, 6.2-6.10, 9.1).
 * A heartbeat is answered and produces an event only when its gun-fault flag changes; every
 * 0x13 becomes a live sample, plus a status change and a fault change when those changed since
 * the gun's last report; the gun state in Redis is coalesced by the {@link GunStateBuffer}.
 * Each pile has a budget of {@value #EVENTS_PER_SECOND} lossy events per second: a pile flooding
 * valid frames loses events (counted) instead of queueing unbounded work on the bus.
 */
public final class StatusHandler {

    /** Lossy events one pile may send per second; more are dropped and counted. */
    public static final int EVENTS_PER_SECOND = 20;

    private static final Logger LOG = LoggerFactory.getLogger(StatusHandler.class);

    private final CoreClient core;
    private final GunStateBuffer gunStates;
    private final EdgeMetrics metrics;
    private final Clock clock;
    private final LongSupplier monotonic;

    /**
     * Creates the handler.
     *
     * @param clock     the wall clock stamped on events
     * @param monotonic monotonic milliseconds, for the per-pile event budget
     */
    public StatusHandler(CoreClient core, GunStateBuffer gunStates, EdgeMetrics metrics, Clock clock, LongSupplier monotonic) {
        this.core = core;
        this.gunStates = gunStates;
        this.metrics = metrics;
        this.clock = clock;
        this.monotonic = monotonic;
    }

    /** Answers a heartbeat (0x03 -> 0x04 echoing the sequence) and reports a changed gun-fault flag. */
    public void heartbeat(PileSession session, int sequence, Heartbeat heartbeat) {
        session.reply(sequence, HeartbeatResponse.to(heartbeat));
        if (!trackable(heartbeat.gun())) {
            return;
        }
        TrackedGun gun = session.gun(heartbeat.gun());
        if (gun.heartbeatFault() != heartbeat.gunFault()) {
            PileFaultChanged change = UplinkTranslator.faultChange(session.pileNoText(), session.tenantId(), heartbeat.gun(),
                    gun.faultWord(), gun.heartbeatFault(), gun.faultWord(), heartbeat.gunFault(), clock.instant());
            gun.heartbeatFault(heartbeat.gunFault());
            if (change != null) {
                publish(session, change);
            }
        }
    }

    /** A 0x13: live sample, status and fault changes, gun state for Redis. */
    public void realtime(PileSession session, RealtimeData data) {
        Instant at = clock.instant();
        LiveSample sample = UplinkTranslator.liveSample(data, session.tenantId(), at);
        publish(session, sample);
        if (!trackable(data.gun())) {
            return;
        }
        TrackedGun gun = session.gun(data.gun());
        GunStatusChanged statusChange = UplinkTranslator.statusChange(data, session.tenantId(), gun.status(), gun.plugged(), at);
        if (statusChange != null) {
            gun.status(statusChange.status(), statusChange.plugged());
            publish(session, statusChange);
        }
        if (data.hardwareFaultBits() != gun.faultWord()) {
            PileFaultChanged faultChange = UplinkTranslator.faultChange(session.pileNoText(), session.tenantId(), data.gun(),
                    gun.faultWord(), gun.heartbeatFault(), data.hardwareFaultBits(), gun.heartbeatFault(), at);
            gun.faultWord(data.hardwareFaultBits());
            if (faultChange != null) {
                publish(session, faultChange);
            }
        }
        gunStates.remember(session, gun, sample);
    }

    /** A BMS frame (0x15-0x25). */
    public void bms(PileSession session, YkcMessage message) {
        BmsReported event = BmsTranslator.translate(message, session.tenantId(), clock.instant());
        if (event != null) {
            publish(session, event);
        }
    }

    /** A 0x61 ground-lock report. */
    public void groundLock(PileSession session, GroundLockStatus status) {
        publish(session, UplinkTranslator.groundLock(status, session.tenantId(), clock.instant()));
    }

    private void publish(PileSession session, PileEvent event) {
        if (session.takeEvent(monotonic.getAsLong(), EVENTS_PER_SECOND)) {
            core.publish(event);
        } else {
            metrics.eventDropped();
            LOG.debug("pile exceeds its event budget; event dropped [pile: {}, event: {}]", session.label(),
                    event.getClass().getSimpleName());
        }
    }

    private static boolean trackable(int gun) {
        return gun >= 1 && gun <= 99;
    }
}
