package io.chargeway.contract.order;

import java.util.List;

/**
 * A page of ledger lines.
 *
 * @param entries      the lines, newest first
 * @param nextBeforeId the cursor for the next page, or 0 when this is the last
 */
public record WalletEntryPage(List<WalletEntryView> entries, long nextBeforeId) {
}
