package io.chargeway.core.alarm;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import io.chargeway.contract.event.PileEvent;
import io.chargeway.contract.event.PileFaultChanged;
import io.chargeway.contract.event.PileOffline;
import io.chargeway.contract.event.PileOnline;

/**
 * What a pile event means for alarms: the set of alarm codes that are active now for one source
 * (a gun's faults, or the pile's connection). A gun's fault change names every fault active now;
 * a pile that went offline for a reason that is not planned ({@code HEARTBEAT_TIMEOUT},
 * {@code CLOSED_BY_PILE}, {@code GARBAGE}) raises {@value #OFFLINE_CODE}; a pile that came
 * online clears it (and, since the edge starts every session with no known faults and reports
 * any still active on the first real-time frame, clears the pile's fault alarms raised before).
 * A connection replaced by a newer one, or an edge node stopping, is not an alarm. Pure.
 *
 * @param pileNo the pile
 * @param gun    the gun, 0 for the pile itself
 * @param kind   {@link #FAULT} or {@link #OFFLINE}
 * @param active the codes active now
 * @param detail words stored with raised alarms (e.g. the offline reason), or null
 * @param at     when the edge observed it
 * @param online whether the pile (re)connected: fault alarms raised before {@code at} are cleared
 */
public record AlarmUpdate(String pileNo, int gun, String kind, Set<String> active, String detail, Instant at, boolean online) {

    /** Faults of a gun. */
    public static final String FAULT = "FAULT";
    /** The pile's connection. */
    public static final String OFFLINE = "OFFLINE";
    /** The code of the offline alarm. */
    public static final String OFFLINE_CODE = "PILE_OFFLINE";
    private static final Set<String> UNPLANNED = Set.of("HEARTBEAT_TIMEOUT", "CLOSED_BY_PILE", "GARBAGE");
    private static final int MAX_CODE = 64;

    /** The update an event makes, or empty when the event means nothing for alarms. */
    public static Optional<AlarmUpdate> of(PileEvent event, Instant receivedAt) {
        Instant at = event.at() != null ? event.at() : receivedAt;
        if (event instanceof PileFaultChanged f) {
            Set<String> active = new LinkedHashSet<>();
            if (f.active() != null) {
                f.active().forEach(code -> active.add(code.length() > MAX_CODE ? code.substring(0, MAX_CODE) : code));
            }
            return Optional.of(new AlarmUpdate(f.pileNo(), f.gun(), FAULT, Set.copyOf(active), null, at, false));
        }
        if (event instanceof PileOffline o && o.reason() != null && UNPLANNED.contains(o.reason())) {
            return Optional.of(new AlarmUpdate(o.pileNo(), 0, OFFLINE, Set.of(OFFLINE_CODE), "offline: " + o.reason(), at, false));
        }
        if (event instanceof PileOnline o) {
            return Optional.of(new AlarmUpdate(o.pileNo(), 0, OFFLINE, Set.of(), null, at, true));
        }
        return Optional.empty();
    }

    /** Codes open now that this update clears. */
    public Set<String> toClear(Set<String> open) {
        Set<String> out = new LinkedHashSet<>(open);
        out.removeAll(active);
        return out;
    }

    /** Codes this update raises that are not open yet. */
    public Set<String> toRaise(Set<String> open) {
        Set<String> out = new LinkedHashSet<>(active);
        out.removeAll(open);
        return out;
    }
}
