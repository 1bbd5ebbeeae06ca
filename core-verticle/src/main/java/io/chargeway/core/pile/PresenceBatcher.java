package io.chargeway.core.pile;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.chargeway.contract.pile.PileLoginRequest;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the registry's presence bookkeeping: login facts (time, versions, SIM),
 * {@code online_node} and {@code last_seen_at}. Updates that arrive while a batch is being
 * written wait and are folded per pile (the latest facts win, node changes apply in arrival
 * order), then go together into the next statement ({@link PileRepository#applyPresence}, up to
 * {@value #MAX_BATCH} piles). Under light load a batch holds one pile and nothing waits; a mass
 * login of tens of thousands of piles costs a few dozen statements instead of one per pile and
 * event. One batch is written at a time, so updates reach the database in arrival order, and a
 * {@link #afterPending barrier} (a node's piles cleared at once) runs after every update queued
 * before it and before any queued after it.
 *
 * <p>Bookkeeping is not a reason to refuse a pile: a batch that fails is logged (once per batch)
 * and its Futures fail, nothing is retried. Confined to the event loop of the verticle that owns it.
 */
public final class PresenceBatcher {

    /** The most piles one statement updates. */
    static final int MAX_BATCH = 500;

    private static final Logger LOG = LoggerFactory.getLogger(PresenceBatcher.class);

    /** Open segments of pending updates and barriers, in arrival order. */
    private final Deque<Object> queue = new ArrayDeque<>();
    private final PileRepository piles;
    private boolean writing;
    private long statements;

    /** A batcher writing through {@code piles}. */
    public PresenceBatcher(PileRepository piles) {
        this.piles = piles;
    }

    /**
     * Records an accepted login: its time, the versions and SIM the pile reported, and the edge
     * node that holds it.
     *
     * @return completes once written: {@code false} when the pile was no longer registered; fails
     *         with the database's exception
     */
    public Future<Boolean> login(PileLoginRequest login, Instant at) {
        return fold(login.pileNo(), at, p -> p.login(at, login));
    }

    /** Records that a pile is online at {@code nodeId} (Futures as {@link #login}). */
    public Future<Boolean> online(String pileNo, String nodeId, Instant at) {
        return fold(pileNo, at, p -> p.assign(nodeId));
    }

    /**
     * Records that a pile went offline at {@code nodeId}: its node is cleared only if it still
     * names {@code nodeId} (a newer connection elsewhere wins). Futures as {@link #login}.
     */
    public Future<Boolean> offline(String pileNo, String nodeId, Instant at) {
        return fold(pileNo, at, p -> p.clearIf(nodeId));
    }

    /**
     * Runs {@code work} once every update queued so far is written, before any queued later.
     *
     * @return the outcome of {@code work}
     */
    public <T> Future<T> afterPending(Supplier<Future<T>> work) {
        Promise<T> done = Promise.promise();
        queue.addLast(new Barrier(() -> work.get().onComplete(done).mapEmpty()));
        writeNext();
        return done.future();
    }

    /** Piles waiting for the next statement. */
    public int pending() {
        int n = 0;
        for (Object step : queue) {
            if (step instanceof Segment segment) {
                n += segment.size();
            }
        }
        return n;
    }

    /** Presence statements written so far. */
    public long statements() {
        return statements;
    }

    private Future<Boolean> fold(String pileNo, Instant at, Consumer<PendingPresence> change) {
        Objects.requireNonNull(at, "presence time");
        Segment open = queue.peekLast() instanceof Segment s ? s : null;
        if (open == null) {
            open = new Segment();
            queue.addLast(open);
        }
        PendingPresence p = open.computeIfAbsent(pileNo, PendingPresence::new);
        p.seen(at);
        change.accept(p);
        Promise<Boolean> written = Promise.promise();
        p.waiters.add(written);
        writeNext();
        return written.future();
    }

    private void writeNext() {
        if (writing || queue.isEmpty()) {
            return;
        }
        writing = true;
        Object head = queue.peekFirst();
        Future<?> step;
        if (head instanceof Barrier barrier) {
            queue.pollFirst();
            step = barrier.work().get();
        } else {
            Segment segment = (Segment) head;
            List<PendingPresence> batch = segment.take(MAX_BATCH);
            if (segment.isEmpty()) {
                queue.pollFirst();
            }
            step = write(batch);
        }
        step.onComplete(ar -> {
            writing = false;
            writeNext();
        });
    }

    private Future<Void> write(List<PendingPresence> batch) {
        List<PresenceUpdate> rows = new ArrayList<>(batch.size());
        batch.forEach(p -> rows.add(p.toUpdate()));
        statements++;
        return piles.applyPresence(rows).compose(matched -> matched >= batch.size()
                        ? Future.succeededFuture(Set.<String>of()) : missing(batch))
                .onSuccess(missing -> batch.forEach(p -> p.complete(!missing.contains(p.pileNo))))
                .onFailure(err -> {
                    LOG.warn("pile presence not recorded [piles: {}, first: {}]: {}", batch.size(), batch.get(0).pileNo,
                            err.getMessage());
                    batch.forEach(p -> p.fail(err));
                })
                .<Void>mapEmpty().recover(err -> Future.succeededFuture());
    }

    /** The piles of a batch that are not registered (only asked when the statement matched fewer rows). */
    private Future<Set<String>> missing(List<PendingPresence> batch) {
        List<String> numbers = batch.stream().map(p -> p.pileNo).toList();
        return piles.findByPileNos(numbers).map(found -> {
            Set<String> missing = new HashSet<>(numbers);
            missing.removeAll(found.keySet());
            return missing;
        });
    }

    /** Updates of one stretch between barriers, one per pile, in arrival order of each pile's first update. */
    private static final class Segment extends LinkedHashMap<String, PendingPresence> {
        private static final long serialVersionUID = 1L;

        List<PendingPresence> take(int max) {
            List<PendingPresence> batch = new ArrayList<>(Math.min(max, size()));
            Iterator<Map.Entry<String, PendingPresence>> it = entrySet().iterator();
            while (it.hasNext() && batch.size() < max) {
                batch.add(it.next().getValue());
                it.remove();
            }
            return batch;
        }
    }

    /** Work that waits for every update queued before it. */
    private record Barrier(Supplier<Future<Void>> work) {
    }
}
