package io.chargeway.core.pile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * Registry lookups of logging-in piles, coalesced: while {@value #CONCURRENCY} queries are
 * running, further lookups wait and then go together into one indexed
 * {@code SELECT ... WHERE pile_no IN (...)} of up to {@value #MAX_BATCH} numbers. One login alone
 * is looked up at once; a mass reconnect costs one query per few hundred piles instead of one per
 * pile. Two lookups of the same number share a query. Confined to the event loop of the verticle
 * that owns it.
 */
final class PileLookups {

    /** The most pile numbers one query asks for. */
    static final int MAX_BATCH = 500;
    /** Queries running at once. */
    static final int CONCURRENCY = 2;

    private final PileRepository piles;
    private final Map<String, List<Promise<Optional<PileRegistration>>>> waiting = new LinkedHashMap<>();
    private int running;
    private long queries;

    PileLookups(PileRepository piles) {
        this.piles = piles;
    }

    /**
     * The registration of a pile.
     *
     * @return empty when the number is not registered; fails with the client's exception
     */
    Future<Optional<PileRegistration>> find(String pileNo) {
        Promise<Optional<PileRegistration>> found = Promise.promise();
        waiting.computeIfAbsent(pileNo, k -> new ArrayList<>(1)).add(found);
        queryNext();
        return found.future();
    }

    /** Queries run so far. */
    long queries() {
        return queries;
    }

    private void queryNext() {
        while (running < CONCURRENCY && !waiting.isEmpty()) {
            Map<String, List<Promise<Optional<PileRegistration>>>> batch = new LinkedHashMap<>();
            Iterator<Map.Entry<String, List<Promise<Optional<PileRegistration>>>>> it = waiting.entrySet().iterator();
            while (it.hasNext() && batch.size() < MAX_BATCH) {
                Map.Entry<String, List<Promise<Optional<PileRegistration>>>> e = it.next();
                batch.put(e.getKey(), e.getValue());
                it.remove();
            }
            running++;
            queries++;
            piles.findByPileNos(batch.keySet()).onComplete(ar -> {
                running--;
                batch.forEach((pileNo, promises) -> promises.forEach(p -> {
                    if (ar.succeeded()) {
                        p.complete(Optional.ofNullable(ar.result().get(pileNo)));
                    } else {
                        p.fail(ar.cause());
                    }
                }));
                queryNext();
            });
        }
    }
}
