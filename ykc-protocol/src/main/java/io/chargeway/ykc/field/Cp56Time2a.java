package io.chargeway.ykc.field;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A CP56Time2a time (IEC 60870-5-104), 7 bytes, section 2.3:
 * <pre>
 * | ms-in-minute (2, LE) | IV.res.min(6) | SU.res.hour(5) | dow(3).day(5) | res.month(4) | res.year(7) |
 * </pre>
 * Local (Beijing) time, year = 2000 + value. The 7 bytes are kept as they came so that reserved
 * bits and the day of week survive a round trip, and so that a pile's invalid time (month 0,
 * IV flag) can still be carried, logged and settled instead of failing the whole frame.
 *
 * @param raw the 7 bytes, first wire byte in the lowest 8 bits
 */
public record Cp56Time2a(long raw) {

    /** Bytes on the wire. */
    public static final int LENGTH = 7;
    private static final String RAW_PREFIX = "raw:";

    /** Encodes a local time (day of week left 0, as implementations do). */
    public static Cp56Time2a of(LocalDateTime time) {
        if (time.getYear() < 2000 || time.getYear() > 2127) {
            throw new IllegalArgumentException("CP56Time2a carries years 2000..2127, got " + time.getYear());
        }
        long ms = time.getSecond() * 1000L + time.getNano() / 1_000_000;
        long raw = ms | (long) time.getMinute() << 16 | (long) time.getHour() << 24
                | (long) time.getDayOfMonth() << 32 | (long) time.getMonthValue() << 40
                | (long) (time.getYear() - 2000) << 48;
        return new Cp56Time2a(raw);
    }

    /**
     * Parses an ISO local date-time ({@code 2020-03-16T17:14:47}) or {@code raw:} followed by the
     * 7 wire bytes in hex.
     *
     * @throws IllegalArgumentException if neither form matches
     */
    @JsonCreator
    public static Cp56Time2a parse(String text) {
        String t = text.trim();
        if (t.startsWith(RAW_PREFIX)) {
            byte[] bytes = HexFormat.of().parseHex(t.substring(RAW_PREFIX.length()));
            if (bytes.length != LENGTH) {
                throw new IllegalArgumentException("raw CP56Time2a needs 7 bytes, got " + bytes.length);
            }
            return read(ByteBuffer.wrap(bytes), 0);
        }
        try {
            return of(LocalDateTime.parse(t));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time must be ISO like 2020-03-16T17:14:47 or raw:<14 hex digits>, got '"
                    + text + "'", e);
        }
    }

    /** Reads 7 bytes at {@code offset}. */
    public static Cp56Time2a read(ByteBuffer buf, int offset) {
        long raw = 0;
        for (int i = LENGTH - 1; i >= 0; i--) {
            raw = raw << 8 | (buf.get(offset + i) & 0xFF);
        }
        return new Cp56Time2a(raw);
    }

    /** Writes the 7 bytes. */
    public void write(ByteBuffer out) {
        for (int i = 0; i < LENGTH; i++) {
            out.put((byte) (raw >>> (8 * i)));
        }
    }

    /** Whether the bytes form a real date and time and the IV (invalid) flag is clear. */
    public boolean isValid() {
        if ((raw >>> 16 & 0x80) != 0) {
            return false;
        }
        try {
            toDateTimeUnchecked();
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * The local date and time.
     *
     * @throws DateTimeException if the bytes are not a valid time; check {@link #isValid()} first
     */
    public LocalDateTime toLocalDateTime() {
        if ((raw >>> 16 & 0x80) != 0) {
            throw new DateTimeException("CP56Time2a invalid flag (IV) is set: " + hex());
        }
        return toDateTimeUnchecked();
    }

    private LocalDateTime toDateTimeUnchecked() {
        int ms = (int) (raw & 0xFFFF);
        int minute = (int) (raw >>> 16 & 0x3F);
        int hour = (int) (raw >>> 24 & 0x1F);
        int day = (int) (raw >>> 32 & 0x1F);
        int month = (int) (raw >>> 40 & 0x0F);
        int year = 2000 + (int) (raw >>> 48 & 0x7F);
        if (ms > 59_999) {
            throw new DateTimeException("milliseconds in minute out of range: " + ms);
        }
        return LocalDateTime.of(year, month, day, hour, minute, ms / 1000, (ms % 1000) * 1_000_000);
    }

    /** The 7 wire bytes as hex. */
    public String hex() {
        byte[] bytes = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            bytes[i] = (byte) (raw >>> (8 * i));
        }
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * ISO text for a valid time whose bytes are exactly what {@link #of(LocalDateTime)} writes;
     * otherwise ({@code raw:} + hex) so that an invalid time, a day of week or reserved bits
     * survive a trip through JSON.
     */
    @JsonValue
    @Override
    public String toString() {
        return isValid() && of(toLocalDateTime()).raw == raw ? toLocalDateTime().toString() : RAW_PREFIX + hex();
    }
}
