package io.chargeway.core.db;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * Coalesces point reads by key: a read that arrives while {@code concurrency} earlier ones are
 * still running waits and goes with the others waiting into the next query, one statement for up
 * to {@code maxBatch} keys (a key asked for twice is read once). Under light load every read is
 * sent at once, alone, as it would be without this; under load the round trips fall with the
 * batch size. Only for reads that take no locks and may see any committed state: the answer is
 * what the database held when the batch ran.
 *
 * <p>Confined to the event loop of the verticle that created it.
 *
 * @param <K> the key
 * @param <V> what is read for a key
 */
public final class BatchedLookup<K, V> {

    private final Function<List<K>, Future<Map<K, V>>> fetch;
    private final int maxBatch;
    private final int concurrency;
    private final Map<K, List<Promise<V>>> waiting = new LinkedHashMap<>();
    private int running;

    /**
     * @param fetch       reads a batch of distinct keys; a key missing from its map is answered with null
     * @param maxBatch    the most keys in one read
     * @param concurrency the most reads running at once
     */
    public BatchedLookup(Function<List<K>, Future<Map<K, V>>> fetch, int maxBatch, int concurrency) {
        if (maxBatch < 1 || concurrency < 1) {
            throw new IllegalArgumentException("batch size and concurrency must be at least 1");
        }
        this.fetch = fetch;
        this.maxBatch = maxBatch;
        this.concurrency = concurrency;
    }

    /**
     * Reads {@code key} with the next batch.
     *
     * @return what was read, null for a key the batch did not find; failed with the batch's error
     */
    public Future<V> get(K key) {
        Promise<V> promise = Promise.promise();
        waiting.computeIfAbsent(key, k -> new ArrayList<>(1)).add(promise);
        drain();
        return promise.future();
    }

    /** Reads still waiting for a batch (for checks). */
    public int waiting() {
        return waiting.size();
    }

    private void drain() {
        while (running < concurrency && !waiting.isEmpty()) {
            Map<K, List<Promise<V>>> batch = new LinkedHashMap<>();
            Iterator<Map.Entry<K, List<Promise<V>>>> it = waiting.entrySet().iterator();
            while (it.hasNext() && batch.size() < maxBatch) {
                Map.Entry<K, List<Promise<V>>> next = it.next();
                batch.put(next.getKey(), next.getValue());
                it.remove();
            }
            running++;
            Future<Map<K, V>> read;
            try {
                read = fetch.apply(new ArrayList<>(batch.keySet()));
            } catch (RuntimeException e) {
                read = Future.failedFuture(e);
            }
            read.onComplete(ar -> {
                running--;
                for (Map.Entry<K, List<Promise<V>>> e : batch.entrySet()) {
                    for (Promise<V> p : e.getValue()) {
                        if (ar.succeeded()) {
                            p.complete(ar.result() == null ? null : ar.result().get(e.getKey()));
                        } else {
                            p.fail(ar.cause());
                        }
                    }
                }
                drain();
            });
        }
    }

    /**
     * The number of placeholders to bind for {@code keys} keys: the next power of two, so that a
     * statement with an IN list is prepared in a handful of shapes instead of one per size.
     */
    public static int paddedSize(int keys) {
        return keys <= 1 ? 1 : Integer.highestOneBit(keys - 1) << 1;
    }

    /** {@code keys} (not empty) filled up to {@link #paddedSize} by repeating the last, for an IN list. */
    public static <K> List<K> padded(List<K> keys) {
        List<K> out = new ArrayList<>(keys);
        while (out.size() < paddedSize(keys.size())) {
            out.add(keys.get(keys.size() - 1));
        }
        return out;
    }
}
