package io.chargeway.contract.command;

import java.util.Map;

/**
 * The pile's answer to a command. A pile that answers "failed" still yields a result (with
 * {@code success = false} and its reason); only no answer, no connection or a malformed
 * command fail the request.
 *
 * @param pileNo          the pile
 * @param command         the command's type, e.g. {@code command.reboot}
 * @param correlationId   the id the edge logged the exchange under
 * @param success         whether the pile reports success
 * @param reason          the pile's failure reason in words (null on success)
 * @param reply           the reply frame's fields by name
 * @param roundTripMillis time from sending the frame to receiving the reply
 */
public record CommandResult(String pileNo, String command, String correlationId, boolean success, String reason,
                            Map<String, Object> reply, long roundTripMillis) {
}
