package io.chargeway.core.pile;

/**
 * What the registry knows about a pile when it logs in.
 *
 * @param id        the pile's row id
 * @param tenantId  its operator
 * @param stationId its station
 * @param pileNo    the 14-digit pile number
 * @param status    whether it may log in
 * @param gunCount  the guns registered for it
 */
public record PileRegistration(long id, long tenantId, long stationId, String pileNo, PileStatus status, int gunCount) {
}
