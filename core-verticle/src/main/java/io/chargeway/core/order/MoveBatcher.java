package io.chargeway.core.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chargeway.core.db.BatchedLookup;
import io.chargeway.core.db.CaseById;
import io.chargeway.core.db.GroupCommit;
import io.chargeway.core.db.UtcDateTimes;
import io.chargeway.core.ledger.LedgerRepository;
import io.chargeway.core.ledger.TransactionRunner;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Group commit for the moves of running orders that carry no money: STARTING -> CHARGING when
 * the pile confirms a start, -> STOPPING when the platform stops one. Moves that arrive while
 * earlier ones are being written wait and go together into one transaction: the batch's orders
 * are locked in id order and read (one statement), those still in the state their move expects
 * move with one update of all their rows that also appends each one's history entry, and one commit
 * makes them all durable. A move whose order another node moved first is answered false, as the
 * single conditional update ({@link OrderRepository#move}) answers it; under light load a batch
 * holds one move and runs as exactly that update ({@link GroupCommit}). A batch the database
 * refuses (a deadlock with a settlement locking the same orders) is rolled back and each of its
 * moves is tried alone. Confined to the event loop of the verticle that created it.
 */
final class MoveBatcher {

    /** The columns a batched move may set besides the state, its history and its time. */
    private static final Set<String> BATCHABLE = Set.of("started_at", "stopped_at", "stop_cause");
    private static final String LOCK = "SELECT id, state FROM charge_orders FORCE INDEX (PRIMARY) WHERE id IN (";

    private final GroupCommit<Move, Boolean> commits;

    /**
     * @param maxBatch    the most moves in one transaction
     * @param concurrency the most transactions running at once
     */
    MoveBatcher(TransactionRunner tx, int maxBatch, int concurrency) {
        this.commits = new GroupCommit<>("order moves", m -> OrderRepository.move(tx.pool(), m.orderId(), m.from(), m.change()),
                batch -> tx.inTransaction("move " + batch.size() + " orders", conn -> moveAll(conn, batch))
                        .map(moved -> moved.stream().map(Future::succeededFuture).toList()), Move::orderId, maxBatch, concurrency);
    }

    /**
     * Moves order {@code orderId} from {@code from} with the next batch.
     *
     * @return whether it moved (false if it was no longer in {@code from}); failed with the database's error
     * @throws IllegalArgumentException if the state machine does not allow the move
     */
    Future<Boolean> submit(long orderId, OrderState from, OrderChange change) {
        if (!from.canMoveTo(change.target())) {
            throw new IllegalArgumentException("order " + orderId + " cannot move from " + from + " to " + change.target());
        }
        return commits.submit(new Move(orderId, from, change), !BATCHABLE.containsAll(change.columns().keySet()));
    }

    /** Locks the batch's orders, moves those still in their expected state; one answer per move, in order. */
    private static Future<List<Boolean>> moveAll(SqlConnection conn, List<Move> batch) {
        List<Long> ids = BatchedLookup.padded(batch.stream().map(Move::orderId).toList());
        return conn.preparedQuery(LOCK + LedgerRepository.placeholders(ids.size()) + ") ORDER BY id FOR UPDATE")
                .execute(Tuple.wrap(ids)).compose(rows -> {
                    Map<Long, String> states = new HashMap<>();
                    for (Row r : rows) {
                        states.put(r.getLong("id"), r.getString("state"));
                    }
                    List<Boolean> moved = new ArrayList<>();
                    List<Move> moving = new ArrayList<>();
                    for (Move m : batch) {
                        boolean moves = m.from().name().equals(states.get(m.orderId()));
                        moved.add(moves);
                        if (moves) {
                            moving.add(m);
                        }
                    }
                    return update(conn, moving).map(moved);
                });
    }

    /**
     * One single-table UPDATE for the whole batch: each column takes its value for the row's id from
     * a CASE over the batch, and the history, assigned before the state, records the state the row
     * had (MariaDB assigns a single-table UPDATE's columns from left to right). Cheaper for the
     * server than joining a derived table of the batch's rows, which it re-optimizes and
     * materializes on every execution.
     */
    private static Future<Void> update(SqlConnection conn, List<Move> moving) {
        if (moving.isEmpty()) {
            return Future.succeededFuture();
        }
        String byId = CaseById.sql(moving.size());
        String sql = "UPDATE charge_orders SET history = JSON_ARRAY_APPEND(history, '$', JSON_OBJECT('from', state, 'to', " + byId
                + ", 'cause', " + byId + ", 'at', " + byId + ")), state = " + byId + ", updated_at = CAST(" + byId
                + " AS DATETIME(3)), started_at = COALESCE(CAST(" + byId + " AS DATETIME(3)), started_at), stopped_at = COALESCE(CAST("
                + byId + " AS DATETIME(3)), stopped_at), stop_cause = COALESCE(" + byId + ", stop_cause) WHERE id IN ("
                + LedgerRepository.placeholders(moving.size()) + ")";
        Tuple params = Tuple.tuple();
        CaseById.add(params, moving, Move::orderId, m -> m.change().target().name());
        CaseById.add(params, moving, Move::orderId, m -> m.change().cause());
        CaseById.add(params, moving, Move::orderId, m -> HistoryTime.format(m.change().at()));
        CaseById.add(params, moving, Move::orderId, m -> m.change().target().name());
        CaseById.add(params, moving, Move::orderId, m -> UtcDateTimes.toColumn(m.change().at()));
        CaseById.add(params, moving, Move::orderId, m -> m.change().columns().get("started_at"));
        CaseById.add(params, moving, Move::orderId, m -> m.change().columns().get("stopped_at"));
        CaseById.add(params, moving, Move::orderId, m -> m.change().columns().get("stop_cause"));
        moving.forEach(m -> params.addLong(m.orderId()));
        return conn.preparedQuery(sql).execute(params).compose(rows -> rows.rowCount() == moving.size() ? Future.succeededFuture()
                : Future.failedFuture(new IllegalStateException("moved " + rows.rowCount() + " of " + moving.size()
                        + " locked orders")));
    }

    private record Move(long orderId, OrderState from, OrderChange change) {
    }
}
