package io.chargeway.sim;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.message.charging.TransactionRecord;

/**
 * The 0x3B records a pile keeps until the platform confirms them with 0x40 (reference 14.6):
 * each is sent when made, re-sent every re-send interval and after every login, and forgotten
 * only when a 0x40 with its serial arrives. Survives reconnects because it belongs to the pile,
 * not to the connection. Created with the first record, so most piles never hold one.
 */
final class PendingRecords {

    private final List<TransactionRecord> records = new ArrayList<>(2);
    private final List<Long> dueAt = new ArrayList<>(2);

    void add(TransactionRecord record, long due) {
        records.add(record);
        dueAt.add(due);
    }

    /**
     * Forgets the record with {@code serial}.
     *
     * @return whether one was pending
     */
    boolean confirm(TradeSerial serial) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).tradeSerial().equals(serial)) {
                records.remove(i);
                dueAt.remove(i);
                return true;
            }
        }
        return false;
    }

    /** The records due at {@code now}; each is rescheduled to {@code now + interval}. */
    List<TransactionRecord> takeDue(long now, long interval) {
        List<TransactionRecord> due = List.of();
        for (int i = 0; i < records.size(); i++) {
            if (dueAt.get(i) <= now) {
                if (due.isEmpty()) {
                    due = new ArrayList<>(2);
                }
                due.add(records.get(i));
                dueAt.set(i, now + interval);
            }
        }
        return due;
    }

    /** Makes every record due at {@code now} (after a login). */
    void allDue(long now) {
        for (int i = 0; i < dueAt.size(); i++) {
            dueAt.set(i, now);
        }
    }

    /** The earliest due time, or {@link Long#MAX_VALUE}. */
    long nextDue() {
        long next = Long.MAX_VALUE;
        for (long d : dueAt) {
            next = Math.min(next, d);
        }
        return next;
    }

    boolean isEmpty() {
        return records.isEmpty();
    }

    List<TransactionRecord> snapshot() {
        return List.copyOf(records);
    }
}
