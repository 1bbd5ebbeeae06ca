package io.chargeway.core.db;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PrepareOptions;
import io.vertx.sqlclient.PreparedQuery;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Query;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.TransactionPropagation;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqlclient.spi.DatabaseMetadata;

/**
 * The core's pool, counting the database work in flight through it, so that a stopping core can
 * wait until nothing uses the pool before it closes it, and no handler, timer or feed subscriber
 * of the core then fails with "Pool closed". In flight: a query or batch from its execution to its
 * result, a {@code withTransaction}/{@code withConnection} until its Future completes, a borrowed
 * connection until it is closed. Everything else is the delegate's behaviour unchanged. Thread-safe.
 */
public final class DrainingPool implements Pool {

    private final Pool delegate;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Wraps {@code delegate}; closing this pool closes it. */
    public DrainingPool(Pool delegate) {
        this.delegate = delegate;
    }

    /** Database work in flight through this pool now. */
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public Future<SqlConnection> getConnection() {
        inFlight.incrementAndGet();
        return delegate.getConnection().<SqlConnection>map(TrackedConnection::new)
                .onFailure(err -> inFlight.decrementAndGet());
    }

    @Override
    public Query<RowSet<Row>> query(String sql) {
        return new TrackedQuery<>(delegate.query(sql));
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
        return new TrackedPreparedQuery<>(delegate.preparedQuery(sql));
    }

    @Override
    public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
        return new TrackedPreparedQuery<>(delegate.preparedQuery(sql, options));
    }

    @Override
    public <T> Future<T> withTransaction(Function<SqlConnection, Future<T>> function) {
        return track(() -> delegate.withTransaction(function));
    }

    @Override
    public <T> Future<T> withTransaction(TransactionPropagation txPropagation, Function<SqlConnection, Future<T>> function) {
        return track(() -> delegate.withTransaction(txPropagation, function));
    }

    @Override
    public <T> Future<T> withConnection(Function<SqlConnection, Future<T>> function) {
        return track(() -> delegate.withConnection(function));
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public Future<Void> close() {
        return delegate.close();
    }

    /** Counts {@code work} in flight until its Future completes (the count drops before the caller's continuations run). */
    private <T> Future<T> track(Supplier<Future<T>> work) {
        inFlight.incrementAndGet();
        Future<T> result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            throw e;
        }
        return result.andThen(ar -> inFlight.decrementAndGet());
    }

    /** A query whose executions count as in flight. */
    private final class TrackedQuery<T> implements Query<T> {
        private final Query<T> query;

        TrackedQuery(Query<T> query) {
            this.query = query;
        }

        @Override
        public Future<T> execute() {
            return track(query::execute);
        }

        @Override
        public <R> Query<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
            return new TrackedQuery<>(query.collecting(collector));
        }

        @Override
        public <U> Query<RowSet<U>> mapping(Function<Row, U> mapper) {
            return new TrackedQuery<>(query.mapping(mapper));
        }
    }

    /** A prepared query whose executions count as in flight. */
    private final class TrackedPreparedQuery<T> implements PreparedQuery<T> {
        private final PreparedQuery<T> query;

        TrackedPreparedQuery(PreparedQuery<T> query) {
            this.query = query;
        }

        @Override
        public Future<T> execute() {
            return track(query::execute);
        }

        @Override
        public Future<T> execute(Tuple tuple) {
            return track(() -> query.execute(tuple));
        }

        @Override
        public Future<T> executeBatch(List<Tuple> batch) {
            return track(() -> query.executeBatch(batch));
        }

        @Override
        public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
            return new TrackedPreparedQuery<>(query.collecting(collector));
        }

        @Override
        public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
            return new TrackedPreparedQuery<>(query.mapping(mapper));
        }
    }

    /** A borrowed connection: in flight until closed (given back to the pool). */
    private final class TrackedConnection implements SqlConnection {
        private final SqlConnection connection;
        private final AtomicInteger released = new AtomicInteger();

        TrackedConnection(SqlConnection connection) {
            this.connection = connection;
        }

        @Override
        public Future<Void> close() {
            return connection.close().andThen(ar -> {
                if (released.getAndIncrement() == 0) {
                    inFlight.decrementAndGet();
                }
            });
        }

        @Override
        public Query<RowSet<Row>> query(String sql) {
            return connection.query(sql);
        }

        @Override
        public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
            return connection.preparedQuery(sql);
        }

        @Override
        public PreparedQuery<RowSet<Row>> preparedQuery(String sql, PrepareOptions options) {
            return connection.preparedQuery(sql, options);
        }

        @Override
        public Future<PreparedStatement> prepare(String sql) {
            return connection.prepare(sql);
        }

        @Override
        public Future<PreparedStatement> prepare(String sql, PrepareOptions options) {
            return connection.prepare(sql, options);
        }

        @Override
        public SqlConnection exceptionHandler(Handler<Throwable> handler) {
            connection.exceptionHandler(handler);
            return this;
        }

        @Override
        public SqlConnection closeHandler(Handler<Void> handler) {
            connection.closeHandler(handler);
            return this;
        }

        @Override
        public Future<Transaction> begin() {
            return connection.begin();
        }

        @Override
        public Transaction transaction() {
            return connection.transaction();
        }

        @Override
        public boolean isSSL() {
            return connection.isSSL();
        }

        @Override
        public DatabaseMetadata databaseMetadata() {
            return connection.databaseMetadata();
        }
    }
}
