package io.chargeway.core.order.settlement;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chargeway.core.db.GroupCommit;
import io.chargeway.core.db.MySqlErrors;
import io.chargeway.core.ledger.TransactionRunner;
import io.chargeway.core.order.settlement.SettlementWriter.Pending;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for transaction records: records that arrive while earlier batches are being
 * written wait and go together into the next database transaction, so a burst of records costs
 * a few transactions instead of one each, and the operator's revenue account (touched by every
 * settlement) is locked once per batch. Under light load a batch holds one record and nothing
 * waits. A second batch (up to {@code concurrency}) starts only while a full batch waits, as in
 * {@link GroupCommit#startsAnother}; copies of one serial in a batch share one result.
 *
 * <p>If a batch of several records fails, each of its records is retried alone, so one record
 * that cannot be settled (an unknown pile) does not hold back the others; a record alone that
 * failed on a duplicate key (another batch or node created the same offline order first) is
 * tried again and then finds that order. Confined to the event loop of the verticle that created it.
 */
final class SettlementBatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SettlementBatcher.class);
    private static final int RETRIES = 3;

    private final TransactionRunner tx;
    private final SettlementWriter writer;
    private final Clock clock;
    private final int maxBatch;
    private final int concurrency;
    private final Deque<Waiting> queue = new ArrayDeque<>();
    private int running;

    SettlementBatcher(TransactionRunner tx, SettlementWriter writer, Clock clock, int maxBatch, int concurrency) {
        this.tx = tx;
        this.writer = writer;
        this.clock = clock;
        this.maxBatch = maxBatch;
        this.concurrency = concurrency;
    }

    /** Settles a record with the next batch; completes after the commit. */
    Future<Settled> submit(Pending record) {
        Promise<Settled> promise = Promise.promise();
        queue.addLast(new Waiting(record, promise, false, 0));
        drain();
        return promise.future();
    }

    private void drain() {
        while (GroupCommit.startsAnother(running, concurrency, queue.size(), maxBatch)) {
            Map<String, List<Waiting>> batch = new LinkedHashMap<>();
            boolean alone = queue.peekFirst().alone();
            while (!queue.isEmpty() && batch.size() < (alone ? 1 : maxBatch)) {
                Waiting next = queue.peekFirst();
                String serial = next.record().record().tradeSerial();
                if (next.alone() != alone || alone && !batch.isEmpty() && !batch.containsKey(serial)) {
                    break;
                }
                queue.pollFirst();
                batch.computeIfAbsent(serial, s -> new ArrayList<>()).add(next);
            }
            running++;
            run(batch).onComplete(ar -> {
                running--;
                drain();
            });
        }
    }

    private Future<Void> run(Map<String, List<Waiting>> batch) {
        List<Pending> records = batch.values().stream().map(w -> w.get(0).record()).toList();
        long t0 = System.nanoTime();
        return tx.inTransaction("settle " + records.size() + " records", conn -> writer.settle(conn, records, clock.instant()))
                .transform(ar -> {
                    LOG.debug("settlement batch ended [records: {}, committed: {}, millis: {}]", records.size(), ar.succeeded(),
                            (System.nanoTime() - t0) / 1_000_000);
                    if (ar.succeeded()) {
                        List<Settled> results = ar.result();
                        int i = 0;
                        for (List<Waiting> copies : batch.values()) {
                            Settled result = results.get(i++);
                            copies.forEach(w -> w.promise().complete(result));
                        }
                    } else if (batch.size() > 1) {
                        LOG.warn("settlement batch failed, retrying its {} records one by one: {}", batch.size(),
                                ar.cause().getMessage());
                        List<Waiting> retry = new ArrayList<>();
                        batch.values().forEach(copies -> copies.forEach(w -> retry.add(new Waiting(w.record(), w.promise(), true,
                                w.retries()))));
                        for (int j = retry.size() - 1; j >= 0; j--) {
                            queue.addFirst(retry.get(j));
                        }
                    } else if (MySqlErrors.isDuplicateKey(ar.cause()) && batch.values().iterator().next().get(0).retries() < RETRIES) {
                        // another node or batch created the same offline order first: the next attempt finds it
                        batch.values().forEach(copies -> copies.forEach(w -> queue.addFirst(new Waiting(w.record(), w.promise(),
                                true, w.retries() + 1))));
                    } else {
                        batch.values().forEach(copies -> copies.forEach(w -> w.promise().fail(ar.cause())));
                    }
                    return Future.<Void>succeededFuture();
                });
    }

    /**
     * A record and whoever waits for it.
     *
     * @param record  the record
     * @param promise completed with its result
     * @param alone   whether it must be settled in a batch of its own (its batch failed before)
     * @param retries how often it was tried again alone after a duplicate key
     */
    private record Waiting(Pending record, Promise<Settled> promise, boolean alone, int retries) {
    }
}
