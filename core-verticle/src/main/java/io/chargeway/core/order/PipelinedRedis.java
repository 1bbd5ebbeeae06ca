package io.chargeway.core.order;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * One Redis connection taken from the core's client and kept, with every command pipelined on it:
 * the live path sends a few commands per 0x13 sample, and the pooled client, which gives each
 * command a connection of its own until the answer, runs out of connections and waiting slots
 * long before Redis runs out of capacity. The connection is opened again on demand after a
 * failure, at most once per second while Redis stays down. Confined to the verticle's event loop;
 * it ends when the core closes its client.
 */
public final class PipelinedRedis {

    private static final long RETRY_AFTER_MILLIS = 1000;

    private final Redis client;
    private Future<RedisConnection> connection;
    private long failedAt = -RETRY_AFTER_MILLIS;
    private Throwable lastFailure;

    /** Commands on a connection of {@code client}, opened on first use. */
    public PipelinedRedis(Redis client) {
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
