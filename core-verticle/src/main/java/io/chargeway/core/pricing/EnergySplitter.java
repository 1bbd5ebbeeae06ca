package io.chargeway.core.pricing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.pile.RatePeriod;
import io.chargeway.contract.pile.TariffModel;

/**
 * Splits energy delivered between two instants over the tariff periods, assuming constant power
 * in between: each half-hour slot the interval touches gets a share proportional to the time
 * spent in it. Used to price live progress (energy between two 0x13 samples) and to check the
 * period split of a transaction record. Pure integer maths, no I/O.
 *
 * <h2>Integer rule</h2>
 * Slot i of the interval gets {@code floor(energy * millis_i / totalMillis)}; the energy left over
 * by the floors (less than one unit per slot) goes one unit at a time to the slots with the
 * largest remainders of that division, the earlier slot first on ties. The shares therefore add
 * up exactly to the energy. An empty interval puts all energy in the slot of its start.
 *
 * <p>Worked example: 3 units from 23:45 to 00:20 Beijing time: 15 min in slot 47 and 20 min in
 * slot 0 of the next day; floors 3*15/35 = 1 (rem 10) and 3*20/35 = 1 (rem 25); the spare unit
 * goes to slot 0 -> 1 unit in slot 47's period, 2 units in slot 0's period.
 */
public final class EnergySplitter {

    private EnergySplitter() {
    }

    /**
     * The energy per period.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from} or the energy is negative
     * @throws ArithmeticException      if energy times milliseconds overflows (e.g. more than 429 496 kWh over 248 days)
     */
    public static PeriodEnergy split(TariffModel tariff, Instant from, Instant to, long energyDeciWh) {
        if (to.isBefore(from) || energyDeciWh < 0) {
            throw new IllegalArgumentException("the interval must not end before it starts and the energy must not be negative");
        }
        List<Piece> pieces = pieces(from, to);
        long totalMillis = Duration.between(from, to).toMillis();
        if (totalMillis == 0) {
            return PeriodEnergy.of(tariff.periodOfSlot(TariffClock.slotOf(from)), energyDeciWh);
        }
        long[] shares = new long[pieces.size()];
        long[] remainders = new long[pieces.size()];
        long left = energyDeciWh;
        for (int i = 0; i < pieces.size(); i++) {
            long product = Math.multiplyExact(energyDeciWh, pieces.get(i).millis());
            shares[i] = product / totalMillis;
            remainders[i] = product % totalMillis;
            left -= shares[i];
        }
        for (; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        PeriodEnergy result = PeriodEnergy.ZERO;
        for (int i = 0; i < pieces.size(); i++) {
            RatePeriod period = tariff.periodOfSlot(pieces.get(i).slot());
            result = result.plus(period, shares[i]);
        }
        return result;
    }

    private static List<Piece> pieces(Instant from, Instant to) {
        List<Piece> pieces = new ArrayList<>();
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            Instant next = TariffClock.nextSlotStart(cursor);
            Instant end = next.isBefore(to) ? next : to;
            pieces.add(new Piece(TariffClock.slotOf(cursor), Duration.between(cursor, end).toMillis()));
            cursor = end;
        }
        return pieces;
    }

    /** The part of the interval that lies in one slot. */
    private record Piece(int slot, long millis) {
    }
}
