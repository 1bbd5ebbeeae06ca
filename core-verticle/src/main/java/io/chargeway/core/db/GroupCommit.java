package io.chargeway.core.db;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for writes that may share a database transaction: a write that arrives while an
 * earlier transaction is running waits, and the writes waiting go together into the next
 * transaction, up to {@code maxBatch} of them and at most one per key (a second write of a key
 * waits for the next batch). Further transactions, up to {@code concurrency}, start only while a
 * full batch is waiting ({@link #startsAnother}): a second lane for partial batches only splits
 * the queue into smaller batches, which cost more CPU and more lock waits per write, while a
 * backlog still gets every lane. Under light load every write runs alone, at once, on its single
 * path; under load the transactions, commits and fsyncs fall with the batch size. A batch the
 * database refuses as a whole (a deadlock, a unique key) is rolled back by its transaction and
 * each of its writes is tried again alone, so a write that must fail fails on its own and the
 * others go through.
 *
 * <p>Confined to the event loop of the verticle that created it.
 *
 * @param <T> a write
 * @param <R> its outcome
 */
public final class GroupCommit<T, R> {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final String what;
    private final Function<T, Future<R>> alone;
    private final Function<List<T>, Future<List<Future<R>>>> together;
    private final Function<T, Object> key;
    private final int maxBatch;
    private final int concurrency;
    private final Deque<Waiting<T, R>> queue = new ArrayDeque<>();
    private int running;

    /**
     * @param what        what the writes are, for the log ("order moves")
     * @param alone       runs one write in its own transaction (the single path)
     * @param together    runs a batch in one transaction; one outcome per write, in order (a write
     *                    refused on its own merits is a failed outcome; a failed Future retries each alone)
     * @param key         two writes of the same key never share a batch
     * @param maxBatch    the most writes in one transaction
     * @param concurrency the most transactions running at once (more than one only while a full batch waits)
     */
    public GroupCommit(String what, Function<T, Future<R>> alone, Function<List<T>, Future<List<Future<R>>>> together,
                       Function<T, Object> key, int maxBatch, int concurrency) {
        if (maxBatch < 1 || concurrency < 1) {
            throw new IllegalArgumentException("batch size and concurrency must be at least 1");
        }
        this.what = what;
        this.alone = alone;
        this.together = together;
        this.key = key;
        this.maxBatch = maxBatch;
        this.concurrency = concurrency;
    }

    /**
     * Writes {@code item} with the next batch, or alone when {@code aloneOnly}.
     *
     * @return its outcome
     */
    public Future<R> submit(T item, boolean aloneOnly) {
        Promise<R> promise = Promise.promise();
        queue.addLast(new Waiting<>(item, promise, aloneOnly));
        drain();
        return promise.future();
    }

    /**
     * Whether a batcher with {@code running} transactions and {@code waiting} writes queued starts
     * another transaction: the first at once, each further one (up to {@code concurrency}) only for
     * a full batch of {@code maxBatch}. The rule of every group commit here (also the settlement's).
     */
    public static boolean startsAnother(int running, int concurrency, int waiting, int maxBatch) {
        return waiting > 0 && (running == 0 || running < concurrency && waiting >= maxBatch);
    }

    private void drain() {
        while (startsAnother(running, concurrency, queue.size(), maxBatch)) {
            List<Waiting<T, R>> batch = new ArrayList<>();
            if (queue.peekFirst().alone()) {
                batch.add(queue.pollFirst());
            } else {
                Set<Object> keys = new HashSet<>();
                for (Iterator<Waiting<T, R>> it = queue.iterator(); it.hasNext() && batch.size() < maxBatch; ) {
                    Waiting<T, R> w = it.next();
                    if (!w.alone() && keys.add(key.apply(w.item()))) {
                        batch.add(w);
                        it.remove();
                    }
                }
            }
            running++;
            run(batch).onComplete(ar -> {
                running--;
                drain();
            });
        }
    }

    private Future<Void> run(List<Waiting<T, R>> batch) {
        if (batch.size() == 1) {
            Waiting<T, R> w = batch.get(0);
            Future<R> done;
            try {
                done = alone.apply(w.item());
            } catch (RuntimeException e) {
                done = Future.failedFuture(e);
            }
            return done.onComplete(w.promise()).transform(ar -> Future.succeededFuture());
        }
        return together.apply(batch.stream().map(Waiting::item).toList()).transform(ar -> {
            if (ar.succeeded()) {
                for (int i = 0; i < batch.size(); i++) {
                    ar.result().get(i).onComplete(batch.get(i).promise());
                }
            } else {
                LOG.warn("batch of {} {} refused by the database, trying each alone: {}", batch.size(), what,
                        ar.cause().getMessage());
                for (int i = batch.size() - 1; i >= 0; i--) {
                    queue.addFirst(new Waiting<>(batch.get(i).item(), batch.get(i).promise(), true));
                }
            }
            return Future.succeededFuture();
        });
    }

    private record Waiting<T, R>(T item, Promise<R> promise, boolean alone) {
    }
}
