package io.chargeway.core.order;

/**
 * A running order as the live path sees it.
 *
 * @param orderId     the order
 * @param tradeSerial its serial
 * @param tenantId    the operator
 * @param memberId    the paying member, 0 when none
 * @param pileNo      the pile
 * @param gun         the gun
 * @param state       its state when last written
 * @param limits      what to enforce
 * @param progress    the progress so far
 * @param amountFen   the amount so far
 * @param awaitingStartReply whether the platform still waits for the pile's answer (0x33) to its
 *                    remote start: until then that answer, not a live sample, confirms the start
 */
public record LiveOrder(long orderId, String tradeSerial, long tenantId, long memberId, String pileNo, int gun,
                        OrderState state, LiveLimits limits, LiveState progress, long amountFen, boolean awaitingStartReply) {

    /** The live context of a row found running (progress from the start). */
    public static LiveOrder of(OrderRow row) {
        return of(row, false);
    }

    /** The live context of an order just opened; a remote start (trigger APP) waits for the pile's 0x33. */
    public static LiveOrder opened(OrderRow row) {
        return of(row, "APP".equals(row.trigger()));
    }

    private static LiveOrder of(OrderRow row, boolean awaitingStartReply) {
        java.time.Instant from = row.startedAt() != null ? row.startedAt() : row.createdAt();
        return new LiveOrder(row.id(), row.tradeSerial(), row.tenantId(), row.memberId(), row.pileNo(), row.gun(), row.state(),
                new LiveLimits(row.mode(), row.limitValue(), row.hold().totalFen(), row.tariff()), LiveState.startingAt(from), 0,
                awaitingStartReply);
    }
}
