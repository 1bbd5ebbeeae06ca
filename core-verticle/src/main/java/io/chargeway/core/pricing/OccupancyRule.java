package io.chargeway.core.pricing;

import java.time.Duration;

/**
 * The occupancy (idle, 占位) fee of a station: after charging ends, a gun that stays plugged
 * beyond the grace period costs a fee per minute, up to a cap per session.
 *
 * <p>Rule: the chargeable time is the time plugged after charging ended minus the grace period;
 * every started minute of it costs {@code feePerMinuteFen}; the fee never exceeds {@code capFen}.
 * Example: grace 15 min, 50 fen/min, cap 3000 fen; unplugged 17 min 10 s after the end ->
 * 2 min 10 s chargeable -> 3 started minutes -> 150 fen.
 *
 * @param graceMinutes    free minutes after charging ends
 * @param feePerMinuteFen fee per started minute beyond the grace period
 * @param capFen          the most one session pays
 */
public record OccupancyRule(int graceMinutes, long feePerMinuteFen, long capFen) {

    private static final long MILLIS_PER_MINUTE = 60_000;

    /** A rule that never charges. */
    public static final OccupancyRule FREE = new OccupancyRule(0, 0, 0);

    /** Rejects negative values. */
    public OccupancyRule {
        if (graceMinutes < 0 || feePerMinuteFen < 0 || capFen < 0) {
            throw new IllegalArgumentException("grace, fee per minute and cap must not be negative");
        }
    }

    /** Whether this rule can ever charge anything. */
    public boolean charges() {
        return feePerMinuteFen > 0 && capFen > 0;
    }

    /**
     * The fee for a gun that stayed plugged for {@code pluggedAfterEnd} after charging ended.
     *
     * @throws IllegalArgumentException for a negative duration
     */
    public long feeFen(Duration pluggedAfterEnd) {
        if (pluggedAfterEnd.isNegative()) {
            throw new IllegalArgumentException("plugged time must not be negative");
        }
        long chargeableMillis = pluggedAfterEnd.toMillis() - graceMinutes * MILLIS_PER_MINUTE;
        if (chargeableMillis <= 0 || !charges()) {
            return 0;
        }
        long startedMinutes = (chargeableMillis + MILLIS_PER_MINUTE - 1) / MILLIS_PER_MINUTE;
        long uncapped = startedMinutes > capFen / feePerMinuteFen + 1 ? capFen : startedMinutes * feePerMinuteFen;
        return Math.min(capFen, uncapped);
    }
}
