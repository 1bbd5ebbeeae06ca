package io.chargeway.core.pile;

import java.util.List;

/**
 * A pile to register, with its guns.
 *
 * @param tenantId    its operator
 * @param stationId   its station
 * @param pileNo      the 14-digit YKC pile number
 * @param externalId  CEC EquipmentID, unique within the operator (at most 23 characters)
 * @param dc          DC (fast) rather than AC (slow)
 * @param ratedPowerW rated power in watts
 * @param tariffId    a tariff overriding the station's, or null
 * @param guns        its guns, numbered from 1
 */
public record NewPile(long tenantId, long stationId, String pileNo, String externalId, boolean dc, int ratedPowerW, Long tariffId,
                      List<NewGun> guns) {

    /** Copies the gun list. */
    public NewPile {
        guns = List.copyOf(guns);
    }

    /**
     * A gun to register.
     *
     * @param gunNo         the YKC gun number, 1..
     * @param externalId    CEC ConnectorID, unique within the operator (at most 26 characters)
     * @param connectorType CEC ConnectorType (3 AC plug with cable, 4 DC gun with cable)
     * @param maxPowerW     the most the gun delivers, in watts
     */
    public record NewGun(int gunNo, String externalId, int connectorType, int maxPowerW) {
    }
}
