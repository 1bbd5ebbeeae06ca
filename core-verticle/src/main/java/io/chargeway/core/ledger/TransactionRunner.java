package io.chargeway.core.ledger;

import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a unit of work in one database transaction and runs it again, from the start, when the
 * database chose it as a deadlock victim or its lock wait timed out: the work is rolled back
 * entirely in both cases, so repeating it is safe. Money moves only inside such a unit.
 *
 * <p>The unit must not have side effects outside the transaction (bus sends, Redis writes):
 * those belong after the returned Future succeeded, i.e. after the commit.
 */
public final class TransactionRunner {

    /** ER_LOCK_DEADLOCK. */
    static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRunner.class);
    private static final int ATTEMPTS = 5;

    private final Vertx vertx;
    private final Pool pool;

    /** A runner over {@code pool} (the {@link OrderPool}: its transactions run at READ COMMITTED). */
    public TransactionRunner(Vertx vertx, Pool pool) {
        this.vertx = vertx;
        this.pool = pool;
    }

    /** The pool, for reads outside a transaction. */
    public Pool pool() {
        return pool;
    }

    /**
     * Runs {@code work} in a transaction, committing when its Future succeeds.
     *
     * @param what names the work for the log
     * @return the work's result once committed; failed with the work's failure (nothing committed),
     *         or with the database's exception after {@value #ATTEMPTS} deadlocks in a row
     */
    public <T> Future<T> inTransaction(String what, Function<SqlConnection, Future<T>> work) {
        return attempt(what, work, 1);
    }

    private <T> Future<T> attempt(String what, Function<SqlConnection, Future<T>> work, int attempt) {
        return pool.withTransaction(work).recover(err -> {
            if (!isRetryable(err) || attempt >= ATTEMPTS) {
                return Future.failedFuture(err);
            }
            LOG.debug("transaction retried [work: {}, attempt: {}]: {}", what, attempt, err.getMessage());
            long delay = 2L * attempt + (System.nanoTime() & 3);
            return vertx.timer(delay).compose(v -> attempt(what, work, attempt + 1));
        });
    }

    /** Whether a failure is a deadlock or a lock wait timeout (the transaction was rolled back). */
    public static boolean isRetryable(Throwable failure) {
        return failure instanceof MySQLException e && (e.getErrorCode() == DEADLOCK || e.getErrorCode() == LOCK_WAIT_TIMEOUT);
    }
}
