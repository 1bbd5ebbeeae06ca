package io.chargeway.core.ledger;

/** Why money moved; with the journal's reference it is the idempotency key of the movement. */
public enum JournalKind {
    /** An operator granted or took back money with a reason (top-up entry point before payment channels). */
    ADJUSTMENT,
    /** Money frozen for an order at its start. */
    HOLD,
    /** An order's hold grew because the member topped up during the session. */
    HOLD_TOP_UP,
    /** An order's hold given back without a charge (start failed, order abnormal). */
    HOLD_RELEASE,
    /** An order settled: hold released, payer charged, operator credited. */
    SETTLEMENT,
    /** An occupancy (idle) fee charged after a session. */
    OCCUPANCY_FEE
}
