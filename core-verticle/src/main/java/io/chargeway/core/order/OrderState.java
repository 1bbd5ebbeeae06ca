package io.chargeway.core.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a charging order and the only transitions allowed between its states. Every
 * transition is written with its time and cause (the order's {@code history}); the database
 * applies it with a conditional update ({@code WHERE state IN (allowed sources)}), so two core
 * nodes racing on one order make exactly one transition.
 *
 * <pre>
 * STARTING -> CHARGING -> STOPPING -> AWAITING_RECORD -> SETTLED
 *     |          |           |              |
 *     v          +-----------+--------------+--> ABNORMAL -> SETTLED
 *   FAILED -> SETTLED
 * </pre>
 * A transaction record settles an order from any state but SETTLED (a pile may skip reporting
 * the stop, or send the record of a start the platform gave up on: it charged after all). An
 * order starts in STARTING: it is written, with its hold, before the start command (0x34) or the
 * card authorisation (0x32) goes out; orders the platform learns of only from a record (offline
 * card charging) are written directly as SETTLED.
 */
public enum OrderState {
    /** Hold placed, start command (0x34) or card authorisation (0x32) on its way; waiting for the pile to charge. */
    STARTING,
    /** The pile confirmed the start and is delivering energy. */
    CHARGING,
    /** The platform or the driver asked the pile to stop (0x36). */
    STOPPING,
    /** The pile stopped; its transaction record (0x3B) has not arrived yet. */
    AWAITING_RECORD,
    /** The transaction record was booked and the payer charged. Terminal. */
    SETTLED,
    /** The session never started (refused, not confirmed in time); the hold is released. */
    FAILED,
    /** No record arrived in time, or the pile misbehaved; settles when the record arrives. */
    ABNORMAL;

    private static final Set<OrderState> GUN_ACTIVE = EnumSet.of(STARTING, CHARGING, STOPPING);

    /** Whether the order may move from this state to {@code next}. */
    public boolean canMoveTo(OrderState next) {
        return switch (this) {
            case STARTING -> next == CHARGING || next == STOPPING || next == AWAITING_RECORD || next == FAILED
                    || next == SETTLED;
            case CHARGING -> next == STOPPING || next == AWAITING_RECORD || next == ABNORMAL || next == SETTLED;
            case STOPPING -> next == AWAITING_RECORD || next == ABNORMAL || next == SETTLED;
            case AWAITING_RECORD -> next == ABNORMAL || next == SETTLED;
            case ABNORMAL, FAILED -> next == SETTLED;
            case SETTLED -> false;
        };
    }

    /** The states from which {@code target} may be reached, for conditional updates. */
    public static Set<OrderState> sourcesOf(OrderState target) {
        Set<OrderState> sources = EnumSet.noneOf(OrderState.class);
        for (OrderState s : values()) {
            if (s.canMoveTo(target)) {
                sources.add(s);
            }
        }
        return sources;
    }

    /** Whether the order still occupies its gun: no second order may start there. */
    public boolean holdsGun() {
        return GUN_ACTIVE.contains(this);
    }
}
