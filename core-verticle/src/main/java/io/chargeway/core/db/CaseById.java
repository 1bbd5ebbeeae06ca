package io.chargeway.core.db;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.vertx.sqlclient.Tuple;

/**
 * One column's per-row values in a single-table UPDATE of a batch: {@code CASE id WHEN ? THEN ?
 * ... END}, with each row's id and value as parameters. A batch so written is one statement that
 * the server neither re-optimizes as a join nor materializes as a derived table on every execution.
 */
public final class CaseById {

    private CaseById() {
    }

    /** The SQL of a CASE over {@code rows} ids. */
    public static String sql(int rows) {
        return "CASE id" + " WHEN ? THEN ?".repeat(rows) + " END";
    }

    /** Adds the parameters of one {@link #sql} CASE: each row's id, then its value. */
    public static <T> void add(Tuple params, List<T> rows, ToLongFunction<T> id, Function<T, Object> value) {
        for (T row : rows) {
            params.addLong(id.applyAsLong(row)).addValue(value.apply(row));
        }
    }
}
