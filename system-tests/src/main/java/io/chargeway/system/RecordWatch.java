package io.chargeway.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.chargeway.sim.SimulatedPile;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.charging.TransactionConfirm;
import io.chargeway.ykc.message.charging.TransactionRecord;
import org.HdrHistogram.Recorder;

/**
 * Watches transaction records from the piles' side: when a pile first sends a record (0x3B) and
 * when the platform's confirmation (0x40) arrives, giving the latency a pile sees and the count
 * of settled records. Thread-safe: piles call it from their event loops.
 */
final class RecordWatch {

    private final Map<String, Long> firstSent = new ConcurrentHashMap<>();
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong lastConfirmedNanos = new AtomicLong();
    private final Recorder latencyMicros = new Recorder(3);
    private final Map<String, Consumer<String>> waiters = new ConcurrentHashMap<>();

    /** Starts watching a pile. */
    void watch(SimulatedPile pile) {
        PlatformBed.await(pile.<TransactionRecord>onSent(FrameType.TRANSACTION_RECORD, r -> {
            sent.incrementAndGet();
            firstSent.putIfAbsent(r.tradeSerial().toString(), System.nanoTime());
        }));
        PlatformBed.await(pile.<TransactionConfirm>onFrame(FrameType.TRANSACTION_CONFIRM, c -> confirmed(c.tradeSerial().toString())));
    }

    /** Calls {@code then} once the record of {@code serial} is confirmed (at once if it was). */
    void onConfirmed(String serial, Consumer<String> then) {
        waiters.put(serial, then);
    }

    private void confirmed(String serial) {
        Long sentAt = firstSent.remove(serial);
        if (sentAt == null) {
            return;
        }
        long now = System.nanoTime();
        latencyMicros.recordValue(Math.max(1, (now - sentAt) / 1000));
        confirmed.incrementAndGet();
        lastConfirmedNanos.accumulateAndGet(now, Math::max);
        Consumer<String> then = waiters.remove(serial);
        if (then != null) {
            then.accept(serial);
        }
    }

    /** Records confirmed so far (each once). */
    long confirmed() {
        return confirmed.get();
    }

    /** When the latest confirmation arrived ({@link System#nanoTime()}). */
    long lastConfirmedNanos() {
        return lastConfirmedNanos.get();
    }

    /** Record frames sent so far, re-sends included. */
    long sent() {
        return sent.get();
    }

    /** Records sent and not confirmed yet. */
    int unconfirmed() {
        return firstSent.size();
    }

    /** The latency recorder: take an interval histogram per phase. */
    Recorder latency() {
        return latencyMicros;
    }
}
