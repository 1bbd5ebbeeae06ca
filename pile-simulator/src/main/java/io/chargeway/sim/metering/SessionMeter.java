package io.chargeway.sim.metering;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.session.BillingModel;
import io.chargeway.ykc.message.session.Tier;

/**
 * The energy and amount of one charging session, split by tariff tier the way the 0x3B record
 * reports them (protocol reference 4 and 7.7). Energy delivered at constant power over an
 * interval is attributed to the tier of each half-hour slot the interval crosses, in proportion
 * to the time spent in it. Pure integer maths, no I/O:
 * <ul>
 *   <li>energy is kept in watt-milliseconds per tier; a tier's energy is that divided by
 *       360,000 (0.0001 kWh = 0.1 Wh = 360,000 W·ms), remainders carried, so nothing drifts;</li>
 *   <li>loss-adjusted energy = energy x (100 + loss ratio) / 100, equal to the energy at ratio 0;</li>
 *   <li>a tier's amount in 0.0001 yuan = loss-adjusted energy (0.0001 kWh) x (electricity + service
 *       price, 0.00001 yuan/kWh) / 100,000, rounded half up; totals are sums of the tiers.</li>
 * </ul>
 * The billing model is the one active at session start (tariffs change only while idle, 5.6).
 */
public final class SessionMeter {

    /** Watt-milliseconds in 0.0001 kWh. */
    public static final long WATT_MILLIS_PER_DECI_WH = 360_000;
    private static final long PRICE_SCALE = 100_000;
    private static final int SLOT_MINUTES = 30;

    private final BillingModel model;
    private final long[] wattMillis = new long[Tier.values().length];
    private LocalDateTime lastAt;

    /**
     * Starts metering at {@code start}.
     *
     * @param model the tariff of the session
     * @param start the session start (pile local time)
     */
    public SessionMeter(BillingModel model, LocalDateTime start) {
        this.model = model;
        this.lastAt = start.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The billing model the session is charged by. */
    public BillingModel model() {
        return model;
    }

    /**
     * Adds the energy delivered at {@code powerWatts} from the last call (or the start) to
     * {@code now}. A time before the last one adds nothing.
     */
    public void advanceTo(LocalDateTime now, int powerWatts) {
        LocalDateTime to = now.truncatedTo(ChronoUnit.MILLIS);
        while (lastAt.isBefore(to)) {
            LocalDateTime slotStart = lastAt.truncatedTo(ChronoUnit.HOURS)
                    .plusMinutes(lastAt.getMinute() / SLOT_MINUTES * (long) SLOT_MINUTES);
            LocalDateTime slotEnd = slotStart.plusMinutes(SLOT_MINUTES);
            LocalDateTime segmentEnd = slotEnd.isBefore(to) ? slotEnd : to;
            long millis = Duration.between(lastAt, segmentEnd).toMillis();
            wattMillis[model.tierAt(lastAt.toLocalTime()).ordinal()] += (long) powerWatts * millis;
            lastAt = segmentEnd;
        }
    }

    /** Energy of {@code tier} in 0.0001 kWh. */
    public long energyDeciWh(Tier tier) {
        return wattMillis[tier.ordinal()] / WATT_MILLIS_PER_DECI_WH;
    }

    /** Loss-adjusted energy of {@code tier} in 0.0001 kWh. */
    public long lossEnergyDeciWh(Tier tier) {
        return energyDeciWh(tier) * (100 + model.lossRatioPercent()) / 100;
    }

    /** Amount of {@code tier} in 0.0001 yuan. */
    public long amountCentiFen(Tier tier) {
        long price = model.price(tier).totalMilliFenPerKwh();
        return (lossEnergyDeciWh(tier) * price + PRICE_SCALE / 2) / PRICE_SCALE;
    }

    /** Total energy in 0.0001 kWh: the sum of the tiers. */
    public long energyDeciWh() {
        long sum = 0;
        for (Tier tier : Tier.values()) {
            sum += energyDeciWh(tier);
        }
        return sum;
    }

    /** Total loss-adjusted energy in 0.0001 kWh. */
    public long lossEnergyDeciWh() {
        long sum = 0;
        for (Tier tier : Tier.values()) {
            sum += lossEnergyDeciWh(tier);
        }
        return sum;
    }

    /** Total amount in 0.0001 yuan: the sum of the tier amounts. */
    public long amountCentiFen() {
        long sum = 0;
        for (Tier tier : Tier.values()) {
            sum += amountCentiFen(tier);
        }
        return sum;
    }

    /** The four tiers of the 0x3B record in wire order: sharp, peak, flat, valley. */
    public List<TierRecord> tierRecords() {
        List<TierRecord> tiers = new ArrayList<>(Tier.values().length);
        for (Tier tier : Tier.values()) {
            tiers.add(new TierRecord(model.price(tier).totalMilliFenPerKwh(), energyDeciWh(tier), lossEnergyDeciWh(tier),
                    amountCentiFen(tier)));
        }
        return tiers;
    }
}
