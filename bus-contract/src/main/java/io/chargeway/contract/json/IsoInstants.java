package io.chargeway.contract.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Instants as {@link DateTimeFormatter#ISO_INSTANT} writes them ({@code 2026-11-23T08:00:00.120Z}:
 * the fraction in groups of three digits, only as many as needed), written and read directly for
 * years 0000 to 9999, the only ones the bus carries in practice. Other years, and text in any
 * other form the formatter accepts, go through the formatter itself.
 */
final class IsoInstants {

    /** 0000-01-01T00:00:00Z. */
    private static final long MIN_SECOND = -62_167_219_200L;
    /** 10000-01-01T00:00:00Z. */
    private static final long END_SECOND = 253_402_300_800L;
    private static final int SECONDS_PER_DAY = 86_400;

    private IsoInstants() {
    }

    /** The text of {@code instant}, exactly as {@code ISO_INSTANT.format(instant)} gives it. */
    static String format(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < MIN_SECOND || second >= END_SECOND) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        int nano = instant.getNano();
        int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
        char[] out = new char[20 + (fraction == 0 ? 0 : fraction + 1)];
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(second, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(second, SECONDS_PER_DAY);
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        int at = 19;
        if (fraction > 0) {
            out[at++] = '.';
            int value = fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1000 : nano;
            digits(out, at, value, fraction);
            at += fraction;
        }
        out[at] = 'Z';
        return new String(out);
    }

    /**
     * The instant {@code text} names, as {@code Instant.from(ISO_INSTANT.parse(text))} reads it.
     *
     * @throws DateTimeException if the formatter cannot read it either
     */
    static Instant parse(String text) {
        Instant direct = parseCanonical(text);
        return direct != null ? direct : Instant.from(DateTimeFormatter.ISO_INSTANT.parse(text));
    }

    /** The instant of text in the form {@link #format} writes, or null for any other text. */
    private static Instant parseCanonical(String t) {
        int n = t.length();
        int fraction = n - 21;
        if (n != 20 && fraction != 3 && fraction != 6 && fraction != 9) {
            return null;
        }
        if (t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':'
                || t.charAt(n - 1) != 'Z' || (n > 20 && t.charAt(19) != '.')) {
            return null;
        }
        int year = number(t, 0, 4);
        int month = number(t, 5, 2);
        int day = number(t, 8, 2);
        int hour = number(t, 11, 2);
        int minute = number(t, 14, 2);
        int second = number(t, 17, 2);
        int nano = n == 20 ? 0 : number(t, 20, fraction);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nano < 0) {
            return null;
        }
        int scale = fraction == 3 ? 1_000_000 : fraction == 6 ? 1000 : 1;
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        return Instant.ofEpochSecond(epochSecond, (long) nano * scale);
    }

    /** The decimal number of {@code length} digits at {@code from}, or -1 if one of them is not a digit. */
    private static int number(String t, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void digits(char[] out, int from, int value, int length) {
        int v = value;
        for (int i = from + length - 1; i >= from; i--) {
            out[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
