package io.chargeway.core.order;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.command.StopCharging;
import io.chargeway.contract.order.OrderView;
import io.chargeway.contract.order.StopOrder;
import io.chargeway.core.db.BatchedLookup;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops running sessions (0x36): for the driver or an operator on request, and for the platform
 * when a mode's limit or the hold is reached. The order moves to STOPPING first, by a
 * conditional update, so exactly one node sends the stop; it stays there (waiting for the
 * record, the abnormal timer counting from the stop) until its transaction record settles it.
 */
public final class StopService {

    private static final Logger LOG = LoggerFactory.getLogger(StopService.class);

    private static final int MAX_BATCH = 32;

    private final Pool pool;
    private final BatchedLookup<Long, OrderRow> orders;
    private final OrderLifecycle lifecycle;
    private final PileCommands commands;

    /** A stop service over the orders in {@code pool}, reading at most {@code readConcurrency} batches of orders at once. */
    StopService(Pool pool, OrderLifecycle lifecycle, PileCommands commands, int readConcurrency) {
        this.pool = pool;
        this.orders = new BatchedLookup<>(ids -> OrderRepository.byIds(pool, ids), MAX_BATCH, readConcurrency);
        this.lifecycle = lifecycle;
        this.commands = commands;
    }

    /**
     * Stops an order on request.
     *
     * @return the order (STOPPING, or as it was if it is not running); failed with
     *         {@link ErrorCode#NOT_FOUND} for an order of another tenant or member
     */
    public Future<OrderView> stop(StopOrder request) {
        // stops that arrive together read their orders together
        return orders.get(request.orderId()).compose(order -> {
            if (order == null || order.tenantId() != request.tenantId()
                    || request.memberId() > 0 && order.memberId() != request.memberId()) {
                return Future.failedFuture(new PlatformException(ErrorCode.NOT_FOUND, "order " + request.orderId()
                        + " does not exist"));
            }
            StopCause cause = request.memberId() > 0 ? StopCause.DRIVER : StopCause.OPERATOR;
            return stop(order, cause).compose(moved -> moved ? Future.succeededFuture(OrderViews.of(
                    order.withState(OrderState.STOPPING))) : OrderViews.one(pool, request.tenantId(), request.orderId(), null));
        });
    }

    /**
     * Stops an order for {@code cause} if it is starting or charging; completes once the pile
     * answered or the command failed (a failure is logged: the record, or the abnormal sweep
     * counting from the stop request, ends the order; STOPPING already means "waiting for the record").
     *
     * @return whether this call moved the order to STOPPING and sent the stop
     */
    public Future<Boolean> stop(OrderRow order, StopCause cause) {
        if (order.state() != OrderState.STARTING && order.state() != OrderState.CHARGING) {
            return Future.succeededFuture(false);
        }
        return lifecycle.stopping(order, cause, "stop requested: " + cause).compose(moved -> {
            if (!moved) {
                return Future.succeededFuture(false);
            }
            LOG.info("stopping session [pile: {}, gun: {}, serial: {}, cause: {}]", order.pileNo(), order.gun(),
                    order.tradeSerial(), cause);
            return commands.send(new StopCharging(order.pileNo(), order.gun())).transform(ar -> {
                if (ar.failed() || !ar.result().success()) {
                    String why = ar.succeeded() ? ar.result().reason() : ar.cause().getMessage();
                    LOG.warn("stop not confirmed by the pile [pile: {}, gun: {}, serial: {}]: {}", order.pileNo(), order.gun(),
                            order.tradeSerial(), why);
                }
                return Future.succeededFuture(true);
            });
        });
    }
}
