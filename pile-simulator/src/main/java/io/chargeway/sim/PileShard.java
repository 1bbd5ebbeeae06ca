package io.chargeway.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.message.session.BillingModel;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event-loop home of many simulated piles: one Vert.x context, one periodic tick that walks
 * the piles and lets those that are due send their heartbeats, live data and re-sends, and one
 * {@link NetClient} per local source address. No pile owns a thread or a periodic timer.
 *
 * <p>Everything here runs on the shard's context; {@link #add} and {@link #close} may be called
 * from any thread.
 */
public final class PileShard {

    private static final Logger LOG = LoggerFactory.getLogger(PileShard.class);

    /** The default tick: fine enough for tests with sub-second intervals, cheap for 50,000 piles. */
    public static final long DEFAULT_TICK_MILLIS = 100;
    private static final int MAX_MODELS = 1_000;

    private final Vertx vertx;
    private final Context context;
    private final long tickMillis;
    private final int connectTimeoutMillis;
    private final SimulatorStats stats;
    private final Map<String, NetClient> clients = new HashMap<>();
    private final List<PileEngine> piles = new ArrayList<>();
    private final Map<BillingModel, BillingModel> models = new HashMap<>();
    private long timerId = -1;
    private int stopped;
    private boolean closed;

    /**
     * Creates a shard on {@code context}.
     *
     * @param context              the event-loop context all of this shard's piles run on
     * @param tickMillis           the period of the shared tick
     * @param connectTimeoutMillis TCP connect timeout
     * @param stats                the statistics the piles report to
     */
    public PileShard(Context context, long tickMillis, int connectTimeoutMillis, SimulatorStats stats) {
        if (tickMillis < 1) {
            throw new IllegalArgumentException("tick must be at least 1 ms, got " + tickMillis);
        }
        this.vertx = context.owner();
        this.context = context;
        this.tickMillis = tickMillis;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.stats = stats;
    }

    /** A shard on a context of {@code vertx} with the default tick and a 10 s connect timeout. */
    public static PileShard create(Vertx vertx, SimulatorStats stats) {
        return new PileShard(vertx.getOrCreateContext(), DEFAULT_TICK_MILLIS, 10_000, stats);
    }

    /** The context of this shard's piles. */
    public Context context() {
        return context;
    }

    /** The statistics this shard's piles report to. */
    public SimulatorStats stats() {
        return stats;
    }

    Vertx vertx() {
        return vertx;
    }

    /** Current monotonic time in milliseconds, the time base of every pile deadline. */
    static long now() {
        return System.nanoTime() / 1_000_000;
    }

    /**
     * Creates a pile homed on this shard; it stays idle until {@link SimulatedPile#start()}.
     *
     * @throws IllegalStateException if the shard is closed
     */
    public SimulatedPile add(PileTarget target, PileIdentity identity, PileSettings settings) {
        if (closed) {
            throw new IllegalStateException("the pile shard is closed");
        }
        return new SimulatedPile(this, target, identity, settings);
    }

    void register(PileEngine pile) {
        piles.add(pile);
        if (timerId < 0 && !closed) {
            timerId = vertx.setPeriodic(tickMillis, id -> tick());
        }
    }

    void unregistered() {
        stopped++;
    }

    NetClient client(String sourceAddress) {
        String key = sourceAddress == null ? "" : sourceAddress;
        NetClient client = clients.get(key);
        if (client == null) {
            NetClientOptions options = new NetClientOptions().setConnectTimeout(connectTimeoutMillis).setTcpNoDelay(true);
            if (sourceAddress != null) {
                options.setLocalAddress(sourceAddress);
            }
            client = vertx.createNetClient(options);
            clients.put(key, client);
        }
        return client;
    }

    /**
     * One shared instance per distinct billing model (the pile number inside is cleared): a fleet
     * whose piles get the same tariff keeps it once, not once per pile.
     */
    BillingModel intern(BillingModel model) {
        BillingModel key = new BillingModel(new PileNo(0), model.billingModelNo(), model.tierPrices(), model.lossRatioPercent(),
                model.slotTiers());
        if (models.size() >= MAX_MODELS) {
            return key;
        }
        return models.computeIfAbsent(key, k -> k);
    }

    private void tick() {
        long now = now();
        List<PileEngine> list = piles;
        for (int i = 0, n = list.size(); i < n; i++) {
            PileEngine pile = list.get(i);
            try {
                pile.tick(now);
            } catch (RuntimeException e) {
                stats.error();
                LOG.warn("pile tick failed [pile: {}, cause: {}]", pile.pileNo(), e.toString(), e);
            }
        }
        if (stopped > 0) {
            piles.removeIf(PileEngine::leaveShardIfStopped);
            stopped = 0;
        }
    }

    /**
     * Stops every pile of this shard, the tick and the clients.
     *
     * @return completes when the clients are closed; never fails
     */
    public Future<Void> close() {
        return Future.<Void>future(promise -> context.runOnContext(v -> {
            closed = true;
            for (PileEngine pile : new ArrayList<>(piles)) {
                pile.stopNow();
            }
            piles.clear();
            if (timerId >= 0) {
                vertx.cancelTimer(timerId);
                timerId = -1;
            }
            List<Future<Void>> closing = new ArrayList<>();
            clients.values().forEach(c -> closing.add(c.close()));
            clients.clear();
            Future.join(closing).onComplete(ar -> promise.complete());
        }));
    }
}
