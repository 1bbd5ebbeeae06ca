package io.chargeway.bench.edge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.chargeway.contract.Addresses;
import io.chargeway.contract.PlatformException;
import io.chargeway.contract.json.BusJson;
import io.chargeway.sim.SimulatedPile;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Sends downlink commands at a steady rate to random logged-in piles (never two at once to one
 * pile) through the core
 * ({@link Addresses#CORE_PILE_COMMAND}: core, Redis lease, the edge node, the pile and back) and
 * records each round trip, request sent to reply received, in microseconds.
 *
 * <p>Runs on one event-loop context of the driver's Vert.x; a timer every
 * {@value #STEP_MILLIS} ms sends what is due so that the rate holds above 1,000 per second too.
 */
final class CommandProbe {

    private static final long STEP_MILLIS = 20;
    private static final int PICK_TRIES = 20;
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final Vertx vertx;
    private final Context context;
    private final List<SimulatedPile> piles;
    private final CommandKind kind;
    private final double perSecond;
    private final DeliveryOptions delivery;
    private final ConcurrentHistogram roundTripMicros = new ConcurrentHistogram(MAX_MICROS, 3);
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Map<String, String> failureSamples = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong replied = new AtomicLong();
    private final AtomicLong noPileLoggedIn = new AtomicLong();
    private final AtomicLong inFlight = new AtomicLong();
    /** Piles with a command of this probe outstanding (the edge refuses a second one as PILE_BUSY); context-confined. */
    private final Set<SimulatedPile> awaiting = new HashSet<>();
    private long timerId = -1;
    private volatile long countFromNanos = Long.MAX_VALUE;

    /**
     * A probe over {@code piles}.
     *
     * @param perSecond     commands per second, above 0
     * @param timeoutMillis how long one request may wait for its answer before it counts as failed
     */
    CommandProbe(Vertx vertx, List<SimulatedPile> piles, CommandKind kind, double perSecond, long timeoutMillis) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("command rate must be above 0, got " + perSecond);
        }
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.piles = piles;
        this.kind = kind;
        this.perSecond = perSecond;
        this.delivery = new DeliveryOptions().setSendTimeout(timeoutMillis);
    }

    /** Starts sending; nothing is counted until {@link #startCounting()} (the warm-up before it). */
    void start() {
        long begin = System.nanoTime();
        context.runOnContext(v -> timerId = vertx.setPeriodic(STEP_MILLIS, id -> {
            long due = (long) ((System.nanoTime() - begin) / 1e9 * perSecond);
            while (issued.get() < due) {
                sendOne();
            }
        }));
    }

    /** Counts and times the commands sent from now on (the warm-up's cold code paths stay out of the figures). */
    void startCounting() {
        countFromNanos = System.nanoTime();
    }

    private void sendOne() {
        SimulatedPile pile = pickLoggedIn();
        issued.incrementAndGet();
        long started = System.nanoTime();
        boolean counted = started >= countFromNanos;
        if (counted) {
            sent.incrementAndGet();
        }
        if (pile == null) {
            noPileLoggedIn.addAndGet(counted ? 1 : 0);
            return;
        }
        inFlight.incrementAndGet();
        awaiting.add(pile);
        vertx.eventBus().request(Addresses.CORE_PILE_COMMAND, BusJson.toJson(kind.forPile(pile.pileNo().toString())), delivery)
                .onComplete(ar -> {
                    inFlight.decrementAndGet();
                    awaiting.remove(pile);
                    if (!counted) {
                        return;
                    }
                    if (ar.succeeded()) {
                        replied.incrementAndGet();
                        roundTripMicros.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - started) / 1000));
                    } else {
                        PlatformException failure = PlatformException.from(ar.cause());
                        String code = failure.code().name();
                        failures.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
                        failureSamples.putIfAbsent(code, String.valueOf(failure.getMessage()));
                    }
                });
    }

    private SimulatedPile pickLoggedIn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < PICK_TRIES; i++) {
            SimulatedPile pile = piles.get(random.nextInt(piles.size()));
            if (pile.isLoggedIn() && !awaiting.contains(pile)) {
                return pile;
            }
        }
        return null;
    }

    /**
     * Stops sending and waits for the answers still outstanding.
     *
     * @return completes when none is in flight or after {@code graceMillis}; never fails
     */
    Future<Void> stop(long graceMillis) {
        Promise<Void> done = Promise.promise();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        context.runOnContext(v -> {
            if (timerId >= 0) {
                vertx.cancelTimer(timerId);
            }
            vertx.setPeriodic(1, STEP_MILLIS, id -> {
                if (inFlight.get() == 0 || System.nanoTime() > deadline) {
                    vertx.cancelTimer(id);
                    done.complete();
                }
            });
        });
        return done.future();
    }

    /** Commands sent since counting started (or due then with no logged-in pile found to send to). */
    long sent() {
        return sent.get();
    }

    /** Commands answered by the pile through edge and core. */
    long replied() {
        return replied.get();
    }

    /** Due commands for which no logged-in pile without a command outstanding was found. */
    long noPileLoggedIn() {
        return noPileLoggedIn.get();
    }

    /** Failed requests by error code ({@code COMMAND_TIMEOUT}, {@code PILE_OFFLINE}, ...). */
    Map<String, Long> failures() {
        Map<String, Long> copy = new TreeMap<>();
        failures.forEach((code, n) -> copy.put(code, n.get()));
        return copy;
    }

    /** The first failure message of each error code. */
    Map<String, String> failureSamples() {
        return new TreeMap<>(failureSamples);
    }

    /** A copy of the round-trip histogram, in microseconds. */
    Histogram roundTripMicros() {
        return roundTripMicros.copy();
    }
}
