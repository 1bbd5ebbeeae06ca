package io.chargeway.contract.order;

import java.time.Instant;

/**
 * One ledger line of a member's account.
 *
 * @param entryId   the line's id (cursor)
 * @param account   {@code MEMBER_CASH}, {@code MEMBER_GIFT}, {@code MEMBER_HOLD} or {@code MEMBER_ARREARS}
 * @param amountFen signed amount
 * @param kind      why money moved: {@code ADJUSTMENT}, {@code HOLD}, {@code HOLD_TOP_UP}, {@code HOLD_RELEASE},
 *                  {@code SETTLEMENT} or {@code OCCUPANCY_FEE}
 * @param reference the order's trade serial or the adjustment's request id
 * @param memo      the reason of an adjustment, or null
 * @param at        when
 */
public record WalletEntryView(long entryId, String account, long amountFen, String kind, String reference, String memo,
                              Instant at) {
}
