package io.chargeway.sim.fleet;

import io.chargeway.sim.PileIdentity;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.session.PileType;

/**
 * Which pile a fleet runs at each position: pile {@code i} (1-based) has number
 * {@code first + i - 1}; within every block of ten, piles 1..6 are DC with two guns and piles
 * 7..10 are AC with one gun. The core's demo seed registers exactly this layout, so a demo fleet
 * of 10 piles from {@link #DEFAULT_FIRST_PILE} matches the seeded station.
 *
 * @param first the number of pile 1
 */
public record PileLayout(PileNo first) {

    /** The first pile number of the demo station. */
    public static final PileNo DEFAULT_FIRST_PILE = PileNo.parse("32010600019001");

    private static final int BLOCK = 10;
    private static final int DC_PER_BLOCK = 6;
    private static final long LIMIT = 100_000_000_000_000L;

    /** The layout starting at {@link #DEFAULT_FIRST_PILE}. */
    public static PileLayout standard() {
        return new PileLayout(DEFAULT_FIRST_PILE);
    }

    /**
     * The identity of pile {@code index}.
     *
     * @param index 1-based position in the fleet
     * @throws IllegalArgumentException if the index is below 1 or the number would exceed 14 digits
     */
    public PileIdentity identity(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("pile index is 1-based, got " + index);
        }
        long number = first.value() + index - 1;
        if (number >= LIMIT) {
            throw new IllegalArgumentException("pile " + index + " from " + first + " would exceed 14 digits");
        }
        boolean dc = (index - 1) % BLOCK < DC_PER_BLOCK;
        return new PileIdentity(new PileNo(number), dc ? PileType.DC : PileType.AC, dc ? 2 : 1);
    }

    /** Total guns of the first {@code piles} piles. */
    public long gunCount(int piles) {
        long guns = 0;
        for (int i = 1; i <= piles; i++) {
            guns += identity(i).gunCount();
        }
        return guns;
    }
}
