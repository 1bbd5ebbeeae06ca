package io.chargeway.contract.command;

import io.chargeway.contract.pile.TariffModel;

/**
 * Billing-model setting (0x58), answered by 0x57.
 *
 * @param pileNo the pile
 * @param tariff the tariff to install
 */
public record PushTariff(String pileNo, TariffModel tariff) implements PileCommand {
}
