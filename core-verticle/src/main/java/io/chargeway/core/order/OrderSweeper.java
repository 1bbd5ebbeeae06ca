package io.chargeway.core.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers of orders, as a periodic sweep over the database rather than in-memory timers, so
 * that they hold with several core nodes and across restarts: a STARTING order past its start
 * deadline fails and its hold is released (the 90 s rule); a STOPPING or AWAITING_RECORD order
 * without a record for {@code abnormalAfter} becomes ABNORMAL and its hold is released (the
 * record still settles it when it comes). Every change is a conditional update, so nodes
 * sweeping at the same time change each order once.
 */
public final class OrderSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSweeper.class);
    private static final int BATCH = 100;

    private final Pool pool;
    private final OrderLifecycle lifecycle;
    private final Duration startTimeout;
    private final Duration abnormalAfter;
    private final Clock clock;

    /** A sweeper over the orders in {@code pool}. */
    public OrderSweeper(Pool pool, OrderLifecycle lifecycle, Duration startTimeout, Duration abnormalAfter, Clock clock) {
        this.pool = pool;
        this.lifecycle = lifecycle;
        this.startTimeout = startTimeout;
        this.abnormalAfter = abnormalAfter;
        this.clock = clock;
    }

    /** Runs one sweep; completes with the number of orders changed (never fails: errors are logged). */
    public Future<Integer> sweep() {
        Instant now = clock.instant();
        Instant recordDue = now.minus(abnormalAfter);
        return each(OrderRepository.overdue(pool, OrderState.STARTING, "start_deadline", now, BATCH),
                id -> lifecycle.fail(id, "no start confirmation within " + startTimeout.toSeconds() + " s"))
                .compose(failed -> each(OrderRepository.overdue(pool, OrderState.STOPPING, "stopped_at", recordDue, BATCH),
                        id -> lifecycle.abnormal(id, noRecord())).map(n -> n + failed))
                .compose(changed -> each(OrderRepository.overdue(pool, OrderState.AWAITING_RECORD, "stopped_at", recordDue, BATCH),
                        id -> lifecycle.abnormal(id, noRecord())).map(n -> n + changed))
                .recover(err -> {
                    LOG.warn("order sweep incomplete: {}", err.getMessage());
                    return Future.succeededFuture(0);
                });
    }

    private String noRecord() {
        return "no transaction record within " + abnormalAfter.toSeconds() + " s of the stop";
    }

    private static Future<Integer> each(Future<List<Long>> ids, Function<Long, Future<Boolean>> action) {
        return ids.compose(list -> {
            Future<Integer> chain = Future.succeededFuture(0);
            for (Long id : list) {
                chain = chain.compose(n -> action.apply(id).map(changed -> changed ? n + 1 : n));
            }
            return chain;
        });
    }
}
