package io.chargeway.core.order;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The time format of an order's {@code history} entries: UTC {@code yyyy-MM-dd HH:mm:ss.SSS}, the
 * same text MySQL and MariaDB give for a {@code DATETIME(3)} cast to CHAR, so that entries written
 * from Java and from SQL (settlement) read alike.
 */
public final class HistoryTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private HistoryTime() {
    }

    /** An instant as history text. */
    public static String format(Instant at) {
        return FORMAT.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** History text as an instant (UTC). */
    static Instant parse(String text) {
        String t = text.length() > 23 ? text.substring(0, 23) : text;
        return LocalDateTime.parse(t.length() == 19 ? t + ".000" : t, FORMAT).toInstant(ZoneOffset.UTC);
    }
}
