package io.chargeway.contract.order;

import java.time.Instant;

/**
 * The live progress of a running session, from the pile's real-time data (0x13). Lossy: the latest wins.
 *
 * @param orderId          the order
 * @param tradeSerial      its serial
 * @param tenantId         the operator
 * @param memberId         the member, 0 if none
 * @param pileNo           the pile
 * @param gun              the gun
 * @param energyDeciWh     energy so far, 0.0001 kWh
 * @param amountFen        the platform's estimate of the amount so far (own tariff, per half-hour slot)
 * @param pileAmountFen    the amount so far as the pile reports it, rounded to fen
 * @param outputDeciVolts  output voltage, 0.1 V
 * @param outputDeciAmps   output current, 0.1 A
 * @param socPercent       state of charge (0 for AC)
 * @param chargingMinutes  minutes charged
 * @param remainingMinutes the pile's estimate of minutes left
 * @param holdFen          the money frozen for the session (the pile stops when the amount reaches it)
 * @param at               when the sample was taken
 */
public record OrderProgress(long orderId, String tradeSerial, long tenantId, long memberId, String pileNo, int gun,
                            long energyDeciWh, long amountFen, long pileAmountFen, int outputDeciVolts, int outputDeciAmps,
                            int socPercent, int chargingMinutes, int remainingMinutes, long holdFen, Instant at)
        implements OrderEvent {
}
