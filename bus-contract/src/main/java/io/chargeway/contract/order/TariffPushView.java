package io.chargeway.contract.order;

import java.time.Instant;

/**
 * The delivery of a pile's latest tariff (YKC 0x58).
 *
 * @param pileNo    the pile
 * @param modelNo   the model the pile must install
 * @param state     {@code PENDING} (retried until the pile accepts) or {@code ACCEPTED}
 * @param attempts  pushes tried so far
 * @param lastError why the last push did not succeed, or null
 * @param updatedAt when this changed last
 */
public record TariffPushView(String pileNo, int modelNo, String state, int attempts, String lastError, Instant updatedAt) {
}
