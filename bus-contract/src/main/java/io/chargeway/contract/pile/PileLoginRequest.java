package io.chargeway.contract.pile;

/**
 * Edge to core on {@link io.chargeway.contract.Addresses#CORE_PILE_LOGIN}: may this pile log in?
 *
 * @param pileNo          the 14-digit pile number
 * @param nodeId          the edge node holding the connection
 * @param remoteAddress   the pile's address and port as the edge sees it
 * @param dc              whether the pile reports itself as DC (fast)
 * @param gunCount        the guns the pile reports
 * @param protocolVersion e.g. {@code V1.6}
 * @param programVersion  the firmware version the pile reports
 * @param simIccid        the SIM ICCID, or zeros
 */
public record PileLoginRequest(String pileNo, String nodeId, String remoteAddress, boolean dc, int gunCount,
                               String protocolVersion, String programVersion, String simIccid) {
}
