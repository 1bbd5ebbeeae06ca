package io.chargeway.sim;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.session.PileType;

/**
 * What a pile reports about itself in its 0x01 login: number, DC or AC, and how many guns.
 *
 * @param pileNo   the 14-digit pile number the platform assigned
 * @param pileType DC or AC
 * @param gunCount 1..9 guns (the simulator's layouts use 1 or 2)
 */
public record PileIdentity(PileNo pileNo, PileType pileType, int gunCount) {

    /** Validates the gun count. */
    public PileIdentity {
        if (pileNo == null || pileType == null) {
            throw new IllegalArgumentException("pile number and type are required");
        }
        if (gunCount < 1 || gunCount > 9) {
            throw new IllegalArgumentException("a pile has 1..9 guns, got " + gunCount + " [pile: " + pileNo + "]");
        }
    }

    /** A DC pile with the given number of guns. */
    public static PileIdentity dc(String pileNo, int gunCount) {
        return new PileIdentity(PileNo.parse(pileNo), PileType.DC, gunCount);
    }

    /** An AC pile with the given number of guns. */
    public static PileIdentity ac(String pileNo, int gunCount) {
        return new PileIdentity(PileNo.parse(pileNo), PileType.AC, gunCount);
    }
}
