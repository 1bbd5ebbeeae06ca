package io.chargeway.core.order;

import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.redis.PipelinedConnection;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * Hands out the counter part of trade serials and checks, in the same round trip, the lease the
 * edge writes to Redis for a connected pile. Whether the gun is free is decided by the database
 * (the unique key on a gun's running order) and by the pile itself (0x33 "gun already charging"):
 * the gun state the edge writes to Redis is coalesced and can be seconds old, and would refuse a
 * driver restarting right after a session.
 */
public final class GunAvailability {

    private final PipelinedConnection redis;

    /** Reads from {@code redis}. */
    public GunAvailability(PipelinedConnection redis) {
        this.redis = redis;
    }

    /**
     * The next counter for a trade serial of this gun (its last four digits are used), checking in
     * the same round trip that the pile is connected when {@code requireOnline}.
     *
     * @return the counter; failed with {@link ErrorCode#PILE_OFFLINE} when the pile must be online and is not
     */
    public Future<Long> nextSerialCounter(String pileNo, int gun, boolean requireOnline) {
        Request incr = Request.cmd(Command.INCR).arg("cw:order:serial:" + pileNo + ":" + gun);
        if (!requireOnline) {
            return redis.send(incr).map(Response::toLong);
        }
        return redis.batch(List.of(Request.cmd(Command.EXISTS).arg(RedisKeys.pileNode(pileNo)), incr)).compose(r ->
                r.get(0).toInteger() == 0
                        ? Future.failedFuture(new PlatformException(ErrorCode.PILE_OFFLINE, "pile " + pileNo + " is offline"))
                        : Future.succeededFuture(r.get(1).toLong()));
    }
}
