package io.chargeway.core.order;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.RedisKeys;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * Reads what the edge writes to Redis about piles (the lease naming the node that holds a pile),
 * and hands out the counter part of trade serials.
 */
public final class GunAvailability {

    private final Redis redis;

    /** Reads from {@code redis}. */
    public GunAvailability(Redis redis) {
        this.redis = redis;
    }

    /**
     * Checks that the pile is connected: the edge holds its lease. Whether the gun is free is
     * decided by the database (the unique key on a gun's running order) and by the pile itself
     * (0x33 "gun already charging"): the gun state the edge writes to Redis is coalesced and can be
     * seconds old, and would refuse a driver restarting right after a session.
     *
     * @return completes when the pile is connected; failed with {@link ErrorCode#PILE_OFFLINE}
     */
    public Future<Void> requireOnline(String pileNo) {
        return redis.send(Request.cmd(Command.EXISTS).arg(RedisKeys.pileNode(pileNo))).compose(r -> r.toInteger() == 0
                ? Future.failedFuture(new PlatformException(ErrorCode.PILE_OFFLINE, "pile " + pileNo + " is offline"))
                : Future.succeededFuture());
    }

    /** The next counter for a trade serial of this gun (its last four digits are used). */
    public Future<Long> nextSerialCounter(String pileNo, int gun) {
        return redis.send(Request.cmd(Command.INCR).arg("cw:order:serial:" + pileNo + ":" + gun)).map(Response::toLong);
    }
}
