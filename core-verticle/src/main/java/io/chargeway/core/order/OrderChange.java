package io.chargeway.core.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.chargeway.core.db.UtcDateTimes;

/**
 * A transition of one order with the columns that change with it, applied by
 * {@link OrderRepository#move} only if the order is still in the expected state.
 */
public final class OrderChange {

    private final OrderState to;
    private final String cause;
    private final Instant at;
    private final Map<String, Object> columns = new LinkedHashMap<>();

    private OrderChange(OrderState to, String cause, Instant at) {
        this.to = to;
        this.cause = cause.length() > 255 ? cause.substring(0, 255) : cause;
        this.at = at;
    }

    /** A move to {@code to} for {@code cause} at {@code at}. */
    public static OrderChange to(OrderState to, String cause, Instant at) {
        return new OrderChange(to, cause, at);
    }

    /** Also sets {@code started_at} to the change's time. */
    public OrderChange started() {
        columns.put("started_at", UtcDateTimes.toColumn(at));
        return this;
    }

    /** Also sets {@code stopped_at} to the change's time. */
    public OrderChange stopped() {
        columns.put("stopped_at", UtcDateTimes.toColumn(at));
        return this;
    }

    /** Also records why the platform stopped the order. */
    public OrderChange stopCause(StopCause cause) {
        columns.put("stop_cause", cause.name());
        return this;
    }

    /** Also records why the order failed or became abnormal. */
    public OrderChange failure(String reason) {
        columns.put("failure_reason", reason.length() > 255 ? reason.substring(0, 255) : reason);
        return this;
    }

    /** Also sets the order's hold to zero (released or settled in the same transaction). */
    public OrderChange holdCleared() {
        columns.put("hold_gift_fen", 0L);
        columns.put("hold_cash_fen", 0L);
        return this;
    }

    /** The target state. */
    public OrderState target() {
        return to;
    }

    /** Why. */
    public String cause() {
        return cause;
    }

    /** When. */
    public Instant at() {
        return at;
    }

    /** The extra columns and their values, in insertion order. */
    Map<String, Object> columns() {
        return columns;
    }
}
