package io.chargeway.contract.redis;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * One Redis connection taken from a client and kept, with every command pipelined on it, so that
 * commands reach the server in the order they were issued and a busy path does not exhaust the
 * client's pool (the pooled client gives each command a connection of its own until its answer).
 * The connection is opened again on demand after a failure, at most once per second while Redis
 * stays down, so an outage costs failed Futures, not a reconnect storm. Confined to one event
 * loop. Used by the edge (pile presence) and the core (live orders, gun serial counters).
 */
public final class PipelinedConnection {

    private static final long RETRY_AFTER_MILLIS = 1000;

    private final Redis client;
    private Future<RedisConnection> connection;
    private long failedAt = -RETRY_AFTER_MILLIS;
    private Throwable lastFailure;

    /** Commands on a connection of {@code client}, opened on first use. */
    public PipelinedConnection(Redis client) {
        this.client = client;
    }

    /** Sends one command. */
    public Future<Response> send(Request request) {
        return connection().compose(c -> c.send(request));
    }

    /** Sends commands pipelined; fails if the batch cannot be sent or a command fails. */
    public Future<List<Response>> batch(List<Request> requests) {
        return connection().compose(c -> c.batch(requests));
    }

    /** Closes the connection (not the client); a later command opens a new one. */
    public Future<Void> close() {
        Future<RedisConnection> c = connection;
        connection = null;
        return c == null ? Future.succeededFuture() : c.compose(RedisConnection::close).recover(err -> Future.succeededFuture());
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
