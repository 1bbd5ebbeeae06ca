package io.chargeway.core.order;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.order.OrderDetail;
import io.chargeway.contract.order.OrderListQuery;
import io.chargeway.contract.order.OrderPage;
import io.chargeway.contract.order.OrderProgress;
import io.chargeway.contract.order.OrderQuery;
import io.chargeway.core.db.MySqlErrors;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;

/** Answers the web's order queries: one order with its history and live progress, and pages of orders. */
public final class OrderQueries {

    private final Pool pool;
    private final LiveOrderCache live;

    /** Queries over {@code pool}, with live progress from {@code live}. */
    public OrderQueries(Pool pool, LiveOrderCache live) {
        this.pool = pool;
        this.live = live;
    }

    /**
     * One order.
     *
     * @return the order, its transitions and (while it runs) its latest progress; failed with
     *         {@link ErrorCode#NOT_FOUND} or {@link ErrorCode#BAD_REQUEST} (neither id nor serial)
     */
    public Future<OrderDetail> get(OrderQuery q) {
        if (q.orderId() <= 0 && (q.tradeSerial() == null || q.tradeSerial().isBlank())) {
            return Future.failedFuture(new PlatformException(ErrorCode.BAD_REQUEST, "name an order by id or trade serial"));
        }
        return OrderViews.one(pool, q.tenantId(), q.orderId(), q.tradeSerial())
                .compose(view -> OrderViews.transitions(pool, view.orderId())
                        .compose(transitions -> (OrderState.valueOf(view.state()).holdsGun()
                                ? live.lastProgress(view.tradeSerial()) : Future.<OrderProgress>succeededFuture(null))
                                .map(progress -> new OrderDetail(view, transitions, progress))))
                .recover(err -> Future.failedFuture(MySqlErrors.unavailable("reading an order", err)));
    }

    /**
     * A page of orders.
     *
     * @return the page; failed with {@link ErrorCode#BAD_REQUEST} for a bad limit or state
     */
    public Future<OrderPage> list(OrderListQuery q) {
        try {
            return OrderViews.page(pool, q).recover(err -> Future.failedFuture(MySqlErrors.unavailable("listing orders", err)));
        } catch (PlatformException e) {
            return Future.failedFuture(e);
        }
    }
}
