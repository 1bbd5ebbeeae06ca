package io.chargeway.core.redis;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.redis.PipelinedConnection;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;

/**
 * Finds the edge node holding a pile's connection from the lease the edge keeps in Redis
 * ({@link RedisKeys#pileNode(String)}, set at login with a TTL and renewed by heartbeats).
 */
public final class RedisPileLocator {

    private final PipelinedConnection redis;

    /**
     * A locator reading leases through {@code redis}, on one connection kept and pipelined (a
     * lookup per command: a pooled connection per lookup costs more than the lookup).
     */
    public RedisPileLocator(Redis redis) {
        this.redis = new PipelinedConnection(redis);
    }

    /**
     * The node named by the pile's lease.
     *
     * @return the node id, or {@code null} when no lease exists (the pile is not connected);
     *         failed with {@link ErrorCode#UNAVAILABLE} when Redis cannot answer
     */
    public Future<String> nodeOf(String pileNo) {
        return redis.send(Request.cmd(Command.GET).arg(RedisKeys.pileNode(pileNo)))
                .map(response -> response == null ? null : response.toString())
                .recover(err -> Future.failedFuture(new PlatformException(ErrorCode.UNAVAILABLE,
                        "Redis unavailable while locating pile " + pileNo + ": " + err.getMessage(), err)));
    }
}
