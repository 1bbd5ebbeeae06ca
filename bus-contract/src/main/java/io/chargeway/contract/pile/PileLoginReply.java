package io.chargeway.contract.pile;

/**
 * Core's answer to {@link PileLoginRequest}. A refused login still succeeds on the bus (with
 * {@code accepted = false} and a reason): the edge answers the pile with "login failed" and
 * closes. Bus failures mean the core could not decide (database down), and the edge closes
 * the connection without an answer so that the pile retries.
 *
 * @param accepted  whether the pile may log in
 * @param reason    why not, for the log (null when accepted)
 * @param tenantId  the operator owning the pile
 * @param stationId the station the pile belongs to
 * @param gunCount  the guns the registry knows for the pile
 */
public record PileLoginReply(boolean accepted, String reason, long tenantId, long stationId, int gunCount) {

    /** A refusal with a reason. */
    public static PileLoginReply refused(String reason) {
        return new PileLoginReply(false, reason, 0, 0, 0);
    }
}
