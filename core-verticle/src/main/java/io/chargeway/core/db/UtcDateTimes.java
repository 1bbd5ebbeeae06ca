package io.chargeway.core.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the {@code DATETIME(3)} columns hold them: UTC wall-clock time with milliseconds,
 * whatever the server's or the JVM's time zone.
 */
public final class UtcDateTimes {

    private UtcDateTimes() {
    }

    /** The column value of an instant, or {@code null}. */
    public static LocalDateTime toColumn(Instant instant) {
        if (instant == null) {
            return null;
        }
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano() / 1_000_000 * 1_000_000, ZoneOffset.UTC);
    }

    /** The instant of a column value, or {@code null}. */
    public static Instant fromColumn(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
