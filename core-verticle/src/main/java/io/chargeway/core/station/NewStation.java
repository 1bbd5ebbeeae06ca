package io.chargeway.core.station;

import java.math.BigDecimal;

/**
 * A station to register.
 *
 * @param tenantId     its operator
 * @param externalId   CEC StationID, unique within the operator (at most 20 characters)
 * @param name         display name
 * @param areaCode     GB/T 2260 administrative division code (6 digits)
 * @param address      street address
 * @param latitude     GCJ-02 latitude, 7 decimals
 * @param longitude    GCJ-02 longitude, 7 decimals
 * @param serviceTel   service phone, or null
 * @param parkNums     parking spaces usable for charging, 0 when unknown
 * @param openingHours opening hours text, e.g. {@code 00:00-24:00}
 * @param parkingInfo  floor and spaces, or null
 * @param charging     which kinds of charging the station offers
 * @param ownerId      the station owner's party, or null while the operator owns it
 * @param agentId      the agent's party, or null
 * @param tariffId     the station's tariff, or null
 */
public record NewStation(long tenantId, String externalId, String name, String areaCode, String address, BigDecimal latitude,
                         BigDecimal longitude, String serviceTel, int parkNums, String openingHours, String parkingInfo,
                         ChargingKinds charging, Long ownerId, Long agentId, Long tariffId) {

    /**
     * The kinds of charging a station offers, as drivers filter on them.
     *
     * @param fast fast charging (DC)
     * @param slow slow charging (AC)
     * @param dc   has DC piles
     * @param ac   has AC piles
     */
    public record ChargingKinds(boolean fast, boolean slow, boolean dc, boolean ac) {
    }
}
