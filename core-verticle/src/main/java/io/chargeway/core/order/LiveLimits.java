package io.chargeway.core.order;

import io.chargeway.contract.pile.TariffModel;

/**
 * What the platform enforces while a session runs.
 *
 * @param mode       how the session ends by itself
 * @param limitValue the mode's limit (fen, 0.0001 kWh or minutes; 0 for FULL)
 * @param holdFen    the money frozen for the session
 * @param tariff     the tariff the order is priced with
 */
public record LiveLimits(ChargeMode mode, long limitValue, long holdFen, TariffModel tariff) {
}
