package io.chargeway.core.order;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.chargeway.contract.order.OrderProgress;
import io.chargeway.contract.redis.PipelinedConnection;
import io.chargeway.core.pricing.PeriodEnergy;
import io.chargeway.core.tariff.TariffJson;
import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;

/**
 * What the live path needs about a running order, in Redis so that any core node can apply the
 * next sample: key {@code cw:order:{tradeSerial}:live}, a hash with the order's limits and
 * tariff (written at the start) and the progress so far (rewritten by every sample, with what the
 * sample's progress event carried besides). It expires {@code ttlSeconds} after it was written
 * whole or its state changed, and is deleted when the order ends; a missing hash is rebuilt from
 * the database. Samples, the most frequent writes, renew the
 * expiry only when their time enters a new quarter of {@code ttlSeconds} (counted from the epoch),
 * so a session that keeps sending samples keeps its hash at least three quarters of the time to
 * live ahead, with one command per sample instead of two.
 */
public final class LiveOrderCache {

    private static final String AWAITING_START_REPLY = "awaitingStartReply";
    /** The fields without which {@link #get} cannot read a context. */
    private static final List<String> REQUIRED_FIELDS = List.of("orderId", "tenantId", "memberId", "pileNo", "gun", "state", "mode",
            "limitValue", "holdFen", "tariff", "energy", "at", "sharp", "peak", "flat", "valley");
    /** The fields {@link #get} reads: all but the last published event, which only queries need. */
    private static final List<String> CONTEXT_FIELDS = Stream.concat(REQUIRED_FIELDS.stream(), Stream.of(AWAITING_START_REPLY,
            "amountFen")).toList();

    /** The fields of a progress event, in the order of its components ({@code pileNo} is text). */
    private static final List<String> PROGRESS_FIELDS = List.of("orderId", "tenantId", "memberId", "pileNo", "gun", "energy",
            "amountFen", "pileAmountFen", "volts", "amps", "soc", "chargingMinutes", "remainingMinutes", "holdFen", "at");
    private static final int PILE_NO = PROGRESS_FIELDS.indexOf("pileNo");

    private final PipelinedConnection redis;
    private final int ttlSeconds;

    /** A cache in {@code redis} whose hashes live {@code ttlSeconds} after their last write. */
    public LiveOrderCache(PipelinedConnection redis, int ttlSeconds) {
        this.redis = redis;
        this.ttlSeconds = ttlSeconds;
    }

    /** The key of a running order's hash. */
    public static String key(String tradeSerial) {
        return "cw:order:" + tradeSerial + ":live";
    }

    /** Writes the live context of an order that just started or was found running. */
    public Future<Void> put(LiveOrder order) {
        Map<String, String> fields = new HashMap<>();
        fields.put("orderId", Long.toString(order.orderId()));
        fields.put("tenantId", Long.toString(order.tenantId()));
        fields.put("memberId", Long.toString(order.memberId()));
        fields.put("pileNo", order.pileNo());
        fields.put("gun", Integer.toString(order.gun()));
        fields.put("state", order.state().name());
        fields.put("mode", order.limits().mode().name());
        fields.put("limitValue", Long.toString(order.limits().limitValue()));
        fields.put("holdFen", Long.toString(order.limits().holdFen()));
        fields.put("tariff", TariffJson.encode(order.limits().tariff()));
        fields.put(AWAITING_START_REPLY, order.awaitingStartReply() ? "1" : "0");
        fields.putAll(progressFields(order.progress(), 0));
        return write(order.tradeSerial(), fields);
    }

    /** The wait for the pile's answer to the remote start ended without one: from now on live samples confirm it. */
    public Future<Void> startReplyWaitEnded(String tradeSerial) {
        return write(tradeSerial, Map.of(AWAITING_START_REPLY, "0"));
    }

    /**
     * Records a sample's progress, the amount it is worth and what else the progress event published
     * for it carries, over a hash just read whole, whose previous sample was taken at
     * {@code previousAt}. The event itself is not stored: {@link #lastProgress} rebuilds it from the
     * fields, which costs a sample no JSON text.
     */
    public Future<Void> progress(String tradeSerial, Instant previousAt, LiveState state, OrderProgress event) {
        Map<String, String> fields = progressFields(state, event.amountFen());
        fields.put("pileAmountFen", Long.toString(event.pileAmountFen()));
        fields.put("volts", Integer.toString(event.outputDeciVolts()));
        fields.put("amps", Integer.toString(event.outputDeciAmps()));
        fields.put("soc", Integer.toString(event.socPercent()));
        fields.put("chargingMinutes", Integer.toString(event.chargingMinutes()));
        fields.put("remainingMinutes", Integer.toString(event.remainingMinutes()));
        return renewsExpiry(previousAt, state.at(), ttlSeconds) ? write(tradeSerial, fields)
                : redis.send(hset(tradeSerial, fields)).mapEmpty();
    }

    /** Whether a sample taken at {@code at}, after one taken at {@code previousAt}, renews the expiry (see the class comment). */
    static boolean renewsExpiry(Instant previousAt, Instant at, int ttlSeconds) {
        long quarterMillis = ttlSeconds * 1000L / 4;
        return Math.floorDiv(at.toEpochMilli(), quarterMillis) != Math.floorDiv(previousAt.toEpochMilli(), quarterMillis);
    }

    /** The last progress event of a running order, or null (no sample yet, or no hash). */
    public Future<OrderProgress> lastProgress(String tradeSerial) {
        Request hmget = Request.cmd(Command.HMGET).arg(key(tradeSerial));
        PROGRESS_FIELDS.forEach(hmget::arg);
        return redis.send(hmget).map(r -> {
            if (r == null || r.size() != PROGRESS_FIELDS.size()) {
                return null;
            }
            long[] v = new long[PROGRESS_FIELDS.size()];
            for (int i = 0; i < v.length; i++) {
                if (r.get(i) == null) {
                    return null;
                }
                if (i != PILE_NO) {
                    v[i] = Long.parseLong(r.get(i).toString());
                }
            }
            return new OrderProgress(v[0], tradeSerial, v[1], v[2], r.get(PILE_NO).toString(), (int) v[4], v[5], v[6], v[7],
                    (int) v[8], (int) v[9], (int) v[10], (int) v[11], (int) v[12], v[13], Instant.ofEpochMilli(v[14]));
        });
    }

    /** Records a new state or hold of the order. */
    public Future<Void> update(String tradeSerial, OrderState state, Long holdFen) {
        Map<String, String> fields = new HashMap<>();
        if (state != null) {
            fields.put("state", state.name());
        }
        if (holdFen != null) {
            fields.put("holdFen", Long.toString(holdFen));
        }
        return write(tradeSerial, fields);
    }

    /** The state of a running order as last written, or null when Redis has none. */
    public Future<OrderState> state(String tradeSerial) {
        return redis.send(Request.cmd(Command.HGET).arg(key(tradeSerial)).arg("state"))
                .map(r -> r == null ? null : OrderState.valueOf(r.toString()));
    }

    /** The live context of an order, or null when Redis has none (or only part of it: the hash expired between writes). */
    public Future<LiveOrder> get(String tradeSerial) {
        Request hmget = Request.cmd(Command.HMGET).arg(key(tradeSerial));
        for (String field : CONTEXT_FIELDS) {
            hmget.arg(field);
        }
        return redis.send(hmget).map(r -> {
            if (r == null || r.size() != CONTEXT_FIELDS.size()) {
                return null;
            }
            Map<String, String> f = new HashMap<>();
            for (int i = 0; i < CONTEXT_FIELDS.size(); i++) {
                if (r.get(i) != null) {
                    f.put(CONTEXT_FIELDS.get(i), r.get(i).toString());
                }
            }
            return f.keySet().containsAll(REQUIRED_FIELDS) ? read(tradeSerial, f) : null;
        });
    }

    /** Forgets an order that ended. */
    public Future<Void> remove(String tradeSerial) {
        return redis.send(Request.cmd(Command.DEL).arg(key(tradeSerial))).mapEmpty();
    }

    private Future<Void> write(String tradeSerial, Map<String, String> fields) {
        if (fields.isEmpty()) {
            return Future.succeededFuture();
        }
        return redis.batch(List.of(hset(tradeSerial, fields), Request.cmd(Command.EXPIRE).arg(key(tradeSerial)).arg(ttlSeconds)))
                .mapEmpty();
    }

    private static Request hset(String tradeSerial, Map<String, String> fields) {
        Request hset = Request.cmd(Command.HSET).arg(key(tradeSerial));
        fields.forEach((k, v) -> hset.arg(k).arg(v));
        return hset;
    }

    private static Map<String, String> progressFields(LiveState s, long amountFen) {
        Map<String, String> f = new HashMap<>();
        f.put("energy", Long.toString(s.energyDeciWh()));
        f.put("at", Long.toString(s.at().toEpochMilli()));
        f.put("sharp", Long.toString(s.periods().sharpDeciWh()));
        f.put("peak", Long.toString(s.periods().peakDeciWh()));
        f.put("flat", Long.toString(s.periods().flatDeciWh()));
        f.put("valley", Long.toString(s.periods().valleyDeciWh()));
        f.put("amountFen", Long.toString(amountFen));
        return f;
    }

    private static LiveOrder read(String serial, Map<String, String> f) {
        LiveLimits limits = new LiveLimits(ChargeMode.valueOf(f.get("mode")), Long.parseLong(f.get("limitValue")),
                Long.parseLong(f.get("holdFen")), TariffJson.parse(f.get("tariff")));
        LiveState state = new LiveState(Long.parseLong(f.get("energy")), Instant.ofEpochMilli(Long.parseLong(f.get("at"))),
                new PeriodEnergy(Long.parseLong(f.get("sharp")), Long.parseLong(f.get("peak")), Long.parseLong(f.get("flat")),
                        Long.parseLong(f.get("valley"))));
        return new LiveOrder(Long.parseLong(f.get("orderId")), serial, Long.parseLong(f.get("tenantId")),
                Long.parseLong(f.get("memberId")), f.get("pileNo"), Integer.parseInt(f.get("gun")),
                OrderState.valueOf(f.get("state")), limits, state, Long.parseLong(f.getOrDefault("amountFen", "0")),
                "1".equals(f.get(AWAITING_START_REPLY)));
    }
}
