package io.chargeway.contract.pile;

/**
 * Edge to core on {@link io.chargeway.contract.Addresses#CORE_PILE_TARIFF}: the tariff the pile
 * must use now. Replied with a {@link TariffModel}.
 *
 * @param pileNo the 14-digit pile number
 */
public record TariffQuery(String pileNo) {
}
