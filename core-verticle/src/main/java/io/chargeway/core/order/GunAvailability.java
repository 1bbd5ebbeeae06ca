package io.chargeway.core.order;

import java.util.List;

import io.chargeway.contract.ErrorCode;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.event.GunStatus;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * Reads what the edge writes to Redis about piles (the lease naming the node that holds a pile,
 * and each gun's latest state) to decide whether a gun can start now, and hands out the counter
 * part of trade serials.
 */
public final class GunAvailability {

    private final Redis redis;

    /** Reads from {@code redis}. */
    public GunAvailability(Redis redis) {
        this.redis = redis;
    }

    /**
     * Checks that the pile is connected (its lease exists) and the gun neither charging nor
     * faulty. A gun the edge has not reported since the pile logged in may still carry the OFFLINE
     * state of the previous connection: with a lease it counts as free, as does a gun never
     * reported (the pile refuses the start if it is not).
     *
     * @return completes when the gun can start; failed with {@link ErrorCode#PILE_OFFLINE} or
     *         {@link ErrorCode#CONFLICT} naming the reason
     */
    public Future<Void> requireFree(String pileNo, int gun) {
        return redis.batch(List.of(Request.cmd(Command.EXISTS).arg(RedisKeys.pileNode(pileNo)),
                Request.cmd(Command.HGET).arg(RedisKeys.gunState(pileNo, gun)).arg("status"))).compose(r -> {
                    if (r.get(0).toInteger() == 0) {
                        return Future.failedFuture(new PlatformException(ErrorCode.PILE_OFFLINE, "pile " + pileNo + " is offline"));
                    }
                    Response status = r.get(1);
                    String s = status == null ? GunStatus.IDLE.name() : status.toString();
                    if (s.equals(GunStatus.CHARGING.name()) || s.equals(GunStatus.FAULT.name())) {
                        return Future.failedFuture(new PlatformException(ErrorCode.CONFLICT, "gun " + gun + " of pile " + pileNo
                                + " is " + s.toLowerCase(java.util.Locale.ROOT)));
                    }
                    return Future.succeededFuture();
                });
    }

    /** Whether the edge last reported the gun plugged into a vehicle (false when unknown). */
    public Future<Boolean> plugged(String pileNo, int gun) {
        return redis.send(Request.cmd(Command.HGET).arg(RedisKeys.gunState(pileNo, gun)).arg("plugged"))
                .map(r -> r != null && "true".equals(r.toString()));
    }

    /** The next counter for a trade serial of this gun (its last four digits are used). */
    public Future<Long> nextSerialCounter(String pileNo, int gun) {
        return redis.send(Request.cmd(Command.INCR).arg("cw:order:serial:" + pileNo + ":" + gun)).map(Response::toLong);
    }
}
