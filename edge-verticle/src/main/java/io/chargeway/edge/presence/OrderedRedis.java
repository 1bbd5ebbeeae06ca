package io.chargeway.edge.presence;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * One Redis connection for all of this node's presence writes, so that they reach the server in
 * the order the node issued them (a lease released for an old connection can never overtake the
 * lease taken for the new one). Commands are pipelined; the connection is re-opened on demand
 * after a failure, at most once per second while Redis stays down, so an outage costs failed
 * Futures, not a reconnect storm. Used from the verticle's event loop only.
 */
final class OrderedRedis {

    private static final long RETRY_AFTER_MILLIS = 1000;
    private static final int MAX_WAITING = 65_536;

    private final Redis client;
    private Future<RedisConnection> connection;
    private long failedAt = -RETRY_AFTER_MILLIS;
    private Throwable lastFailure;

    OrderedRedis(Vertx vertx, String connectionString) {
        this.client = Redis.createClient(vertx, new RedisOptions().setConnectionString(connectionString)
                .setMaxWaitingHandlers(MAX_WAITING));
    }

    /** Sends one command. */
    Future<Response> send(Request request) {
        return connection().compose(c -> c.send(request));
    }

    /** Sends commands pipelined; the Future fails if the batch cannot be sent or a command fails. */
    Future<List<Response>> batch(List<Request> requests) {
        return connection().compose(c -> c.batch(requests));
    }

    /** Closes the connection and the client. */
    Future<Void> close() {
        Future<RedisConnection> c = connection;
        connection = null;
        Future<Void> closed = c == null ? Future.succeededFuture()
                : c.compose(RedisConnection::close).recover(err -> Future.succeededFuture());
        return closed.eventually(client::close);
    }

    private Future<RedisConnection> connection() {
        if (connection != null) {
            return connection;
        }
        long now = System.currentTimeMillis();
        if (now - failedAt < RETRY_AFTER_MILLIS) {
            return Future.failedFuture("Redis unreachable (retrying shortly): " + lastFailure.getMessage());
        }
        Future<RedisConnection> opening = client.connect();
        connection = opening;
        opening.onSuccess(c -> {
            c.exceptionHandler(err -> forget(opening, err));
            c.endHandler(v -> forget(opening, new IllegalStateException("Redis connection closed")));
        }).onFailure(err -> forget(opening, err));
        return opening;
    }

    private void forget(Future<RedisConnection> which, Throwable err) {
        if (connection == which) {
            connection = null;
            failedAt = System.currentTimeMillis();
            lastFailure = err;
        }
    }
}
