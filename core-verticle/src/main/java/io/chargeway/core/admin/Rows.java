package io.chargeway.core.admin;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * Maps result rows to the JSON the web returns: column labels are the JSON names (queries alias
 * them in camelCase), UTC {@code DATETIME}s become ISO instants, {@code DECIMAL}s numbers, and the
 * named flag columns booleans.
 */
public final class Rows {

    private Rows() {
    }

    /** One row as JSON; {@code flags} are the labels holding 0/1 flags. */
    public static JsonObject json(Row row, Set<String> flags) {
        JsonObject out = new JsonObject();
        for (int i = 0; i < row.size(); i++) {
            String name = row.getColumnName(i);
            Object v = row.getValue(i);
            if (v instanceof LocalDateTime t) {
                v = t.toInstant(ZoneOffset.UTC).toString();
            } else if (v instanceof BigDecimal d) {
                v = d.doubleValue();
            } else if (flags.contains(name) && v instanceof Number n) {
                v = n.intValue() != 0;
            }
            out.put(name, v);
        }
        return out;
    }

    /** Every row as JSON. */
    public static List<JsonObject> all(RowSet<Row> rows, Set<String> flags) {
        List<JsonObject> out = new ArrayList<>();
        rows.forEach(r -> out.add(json(r, flags)));
        return out;
    }

    /** A page answer: {@code {"items", "total", "page", "size"}}. */
    public static JsonObject page(List<JsonObject> items, long total, int page, int size) {
        return new JsonObject().put("items", new JsonArray(new ArrayList<>(items))).put("total", total).put("page", page).put("size", size);
    }

    /** {@code args} followed by LIMIT and OFFSET for {@code page} of {@code size}. */
    public static Tuple paged(Tuple args, int page, int size) {
        Tuple t = Tuple.tuple();
        for (int i = 0; i < args.size(); i++) {
            t.addValue(args.getValue(i));
        }
        return t.addInteger(size).addLong((long) (page - 1) * size);
    }

    /** The page number of the input (1 when absent). */
    public static int page(JsonObject input) {
        return input.getInteger("page", 1);
    }

    /** The page size of the input (20 when absent). */
    public static int size(JsonObject input) {
        return input.getInteger("size", 20);
    }
}
