package io.chargeway.edge.presence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import io.chargeway.contract.RedisKeys;
import io.chargeway.contract.event.LiveSample;
import io.chargeway.contract.redis.PipelinedConnection;
import io.chargeway.edge.ops.EdgeMetrics;
import io.chargeway.edge.session.PileSession;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the rest of the platform sees that a pile is connected here (keys in {@link RedisKeys}):
 * the lease naming this node (with a TTL, like a device-connection cache with a lifespan), the
 * online hash, the node's pile set and the gun states. Each lease change is one Lua script, so it
 * is atomic on the server:
 * <ul>
 *   <li>acquire: set the lease and the online hash (with this connection's id), add to the node's set;</li>
 *   <li>renew: extend, unless another node holds the lease now (then leave it alone);</li>
 *   <li>release: delete only if the lease names this node and the online hash names this connection,
 *       so a newer connection of the pile, here or elsewhere, keeps its lease; then guns go OFFLINE.</li>
 * </ul>
 * Redis being down never closes a pile: failures are logged, counted and the Futures still succeed.
 * All writes go over one connection, in the order issued (see {@link PipelinedConnection}): a lease
 * released for an old connection can never overtake the lease taken for the new one.
 */
public final class PilePresence {

    private static final Logger LOG = LoggerFactory.getLogger(PilePresence.class);
    private static final int BATCH = 500;
    private static final long WARN_EVERY_MILLIS = 10_000;

    private static final String ACQUIRE = String.join("\n",
            "redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])",
            "redis.call('DEL', KEYS[2])",
            "redis.call('HSET', KEYS[2], unpack(ARGV, 4))",
            "redis.call('EXPIRE', KEYS[2], ARGV[2])",
            "redis.call('SADD', KEYS[3], ARGV[3])",
            "return 1");
    private static final String RENEW = String.join("\n",
            "local holder = redis.call('GET', KEYS[1])",
            "if holder and holder ~= ARGV[1] then return 0 end",
            "redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])",
            "redis.call('SADD', KEYS[3], ARGV[3])",
            "if redis.call('EXPIRE', KEYS[2], ARGV[2]) == 1 then return 1 end",
            "return 2");
    private static final String RELEASE = String.join("\n",
            "local holder = redis.call('GET', KEYS[1])",
            "if holder and holder ~= ARGV[1] then redis.call('SREM', KEYS[3], ARGV[3]) return 0 end",
            "local owner = redis.call('HGET', KEYS[2], 'connectionId')",
            "if holder and owner and owner ~= ARGV[2] then return 0 end",
            "redis.call('SREM', KEYS[3], ARGV[3])",
            "redis.call('DEL', KEYS[1], KEYS[2])",
            "for i = 4, #KEYS do redis.call('HSET', KEYS[i], 'status', 'OFFLINE', 'updatedAt', ARGV[4]) end",
            "return 1");

    /** Queued commands allowed while the connection is busy (a mass reconnect issues one per pile). */
    private static final int MAX_WAITING = 65_536;

    private final Redis client;
    private final PipelinedConnection redis;
    private final String nodeId;
    private final String nodePiles;
    private final String ttl;
    private final EdgeMetrics metrics;
    private long lastWarnAt;
    private int suppressed;

    /**
     * Creates the writer; the Redis connection opens on first use.
     *
     * @param connectionString the Redis URI
     * @param leaseSeconds     TTL of the lease and the online hash
     */
    public PilePresence(Vertx vertx, String connectionString, String nodeId, long leaseSeconds, EdgeMetrics metrics) {
        this.client = Redis.createClient(vertx, new RedisOptions().setConnectionString(connectionString)
                .setMaxWaitingHandlers(MAX_WAITING));
        this.redis = new PipelinedConnection(client);
        this.nodeId = nodeId;
        this.nodePiles = RedisKeys.nodePiles(nodeId);
        this.ttl = Long.toString(leaseSeconds);
        this.metrics = metrics;
    }

    /**
     * Takes the lease for a session that just logged in.
     *
     * @return a Future that always succeeds (failures are logged and counted)
     */
    public Future<Void> acquire(PileSession session) {
        return redis.send(acquireRequest(session)).<Void>mapEmpty().recover(err -> failed("acquire", session.label(), err));
    }

    /**
     * Renews the leases of live sessions, pipelined in batches of {@value #BATCH}. A session whose
     * online hash vanished (Redis restarted) gets it written again; a lease another node holds is
     * left alone.
     *
     * @return a Future that always succeeds once every batch has answered or failed
     */
    public Future<Void> renew(Collection<PileSession> sessions) {
        List<Future<Void>> batches = new ArrayList<>();
        List<PileSession> chunk = new ArrayList<>(Math.min(BATCH, sessions.size()));
        for (PileSession s : sessions) {
            chunk.add(s);
            if (chunk.size() == BATCH) {
                batches.add(renewBatch(chunk));
                chunk = new ArrayList<>(BATCH);
            }
        }
        if (!chunk.isEmpty()) {
            batches.add(renewBatch(chunk));
        }
        return Future.join(batches).mapEmpty();
    }

    /**
     * Releases a closed session's lease if it is still this connection's, and marks its guns OFFLINE.
     *
     * @return a Future that always succeeds: {@code true} when the pile was this connection's (or
     *         Redis could not tell), {@code false} when another node or connection holds it now
     */
    public Future<Boolean> release(PileSession session) {
        return redis.send(releaseRequest(session)).map(PilePresence::ours)
                .recover(err -> failed("release", session.label(), err).map(true));
    }

    /**
     * Releases many sessions in one pipeline (node stopping).
     *
     * @return a Future that always succeeds with, per session in order, whether it was this
     *         connection's (all {@code true} when Redis could not tell)
     */
    public Future<List<Boolean>> releaseAll(List<PileSession> sessions) {
        List<Boolean> unknown = new ArrayList<>(Collections.nCopies(sessions.size(), Boolean.TRUE));
        if (sessions.isEmpty()) {
            return Future.succeededFuture(unknown);
        }
        List<Request> requests = new ArrayList<>(sessions.size());
        for (PileSession s : sessions) {
            requests.add(releaseRequest(s));
        }
        return redis.batch(requests).map(replies -> {
            List<Boolean> owned = new ArrayList<>(replies.size());
            for (Response reply : replies) {
                owned.add(ours(reply));
            }
            return owned;
        }).recover(err -> failed("release", sessions.size() + " piles", err).map(unknown));
    }

    private static boolean ours(Response reply) {
        return reply == null || reply.toInteger() != 0;
    }

    /**
     * Writes the latest sample of each gun into its gun state hash, pipelined (latest wins).
     *
     * @return a Future that always succeeds
     */
    public Future<Void> saveGunStates(List<LiveSample> samples) {
        if (samples.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Request> requests = new ArrayList<>(samples.size());
        for (LiveSample s : samples) {
            requests.add(Request.cmd(Command.HSET).arg(RedisKeys.gunState(s.pileNo(), s.gun()))
                    .arg("status").arg(s.status().name())
                    .arg("plugged").arg(String.valueOf(s.plugged()))
                    .arg("tradeSerial").arg(s.tradeSerial())
                    .arg("updatedAt").arg(s.at().toString())
                    .arg("outputDeciVolts").arg(s.outputDeciVolts())
                    .arg("outputDeciAmps").arg(s.outputDeciAmps())
                    .arg("socPercent").arg(s.socPercent())
                    .arg("gunTempCelsius").arg(s.gunTempCelsius())
                    .arg("chargingMinutes").arg(s.chargingMinutes())
                    .arg("remainingMinutes").arg(s.remainingMinutes())
                    .arg("energyDeciWh").arg(s.energyDeciWh())
                    .arg("amountCentiFen").arg(s.amountCentiFen())
                    .arg("hardwareFaults").arg(String.join(",", s.hardwareFaults())));
        }
        return redis.batch(requests).<Void>mapEmpty().recover(err -> failed("gun-state", samples.size() + " guns", err));
    }

    /**
     * Checks that Redis answers.
     *
     * @return a Future failed with the client's error when it does not
     */
    public Future<Void> ping() {
        return redis.send(Request.cmd(Command.PING)).mapEmpty();
    }

    /**
     * Closes the Redis connection and client.
     *
     * @return a Future completed when closed (it never fails)
     */
    public Future<Void> close() {
        return redis.close().eventually(client::close);
    }

    private Future<Void> renewBatch(List<PileSession> chunk) {
        List<Request> requests = new ArrayList<>(chunk.size());
        for (PileSession s : chunk) {
            requests.add(Request.cmd(Command.EVAL).arg(RENEW).arg(3).arg(RedisKeys.pileNode(s.pileNoText()))
                    .arg(RedisKeys.pileOnline(s.pileNoText())).arg(nodePiles).arg(nodeId).arg(ttl).arg(s.pileNoText()));
        }
        return redis.batch(requests).compose(replies -> {
            for (int i = 0; i < replies.size(); i++) {
                renewed(chunk.get(i), replies.get(i));
            }
            return Future.<Void>succeededFuture();
        }).recover(err -> failed("renew", chunk.size() + " piles", err));
    }

    private void renewed(PileSession session, Response reply) {
        int result = reply == null ? -1 : reply.toInteger();
        if (result == 2 && session.facts() != null) {
            acquire(session);
        } else if (result == 0) {
            LOG.info("lease of the pile is held by another node; not renewing [pile: {}, node: {}]", session.label(), nodeId);
        }
    }

    private Request acquireRequest(PileSession s) {
        PileSession.LoginFacts facts = s.facts();
        return Request.cmd(Command.EVAL).arg(ACQUIRE).arg(3)
                .arg(RedisKeys.pileNode(s.pileNoText())).arg(RedisKeys.pileOnline(s.pileNoText())).arg(nodePiles)
                .arg(nodeId).arg(ttl).arg(s.pileNoText())
                .arg("nodeId").arg(nodeId)
                .arg("remoteAddress").arg(s.remoteAddress())
                .arg("since").arg(Instant.ofEpochMilli(facts.loginEpochMillis()).toString())
                .arg("protocolVersion").arg(facts.protocolVersion())
                .arg("programVersion").arg(facts.programVersion())
                .arg("gunCount").arg(facts.gunCount())
                .arg("tenantId").arg(s.tenantId())
                .arg("stationId").arg(s.stationId())
                .arg("connectionId").arg(s.connectionId());
    }

    private Request releaseRequest(PileSession s) {
        int guns = s.gunCount();
        Request request = Request.cmd(Command.EVAL).arg(RELEASE).arg(3 + guns)
                .arg(RedisKeys.pileNode(s.pileNoText())).arg(RedisKeys.pileOnline(s.pileNoText())).arg(nodePiles);
        for (int gun = 1; gun <= guns; gun++) {
            request.arg(RedisKeys.gunState(s.pileNoText(), gun));
        }
        return request.arg(nodeId).arg(s.connectionId()).arg(s.pileNoText()).arg(Instant.now().toString());
    }

    private Future<Void> failed(String operation, String what, Throwable err) {
        metrics.redisError(operation);
        long now = System.currentTimeMillis();
        if (now - lastWarnAt >= WARN_EVERY_MILLIS) {
            LOG.warn("Redis {} failed; piles stay connected [what: {}, node: {}, error: {}, similar failures since last warning: {}]",
                    operation, what, nodeId, err.getMessage(), suppressed);
            lastWarnAt = now;
            suppressed = 0;
        } else {
            suppressed++;
            LOG.debug("Redis {} failed [what: {}, error: {}]", operation, what, err.getMessage());
        }
        return Future.succeededFuture();
    }
}
