package io.chargeway.core.order;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import io.chargeway.core.pricing.TariffClock;

/**
 * Trade serials (交易流水号) as YKC requires them (reference 2.1): pile number (14 digits) + gun
 * (2) + Beijing time {@code yyMMddHHmmss} (12) + a 4-digit counter, 32 digits in all.
 */
public final class TradeSerials {

    /** Digits of a serial. */
    public static final int LENGTH = 32;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private TradeSerials() {
    }

    /**
     * The serial of a session started at {@code at}.
     *
     * @param counter any non-negative number; its last four digits are used
     * @throws IllegalArgumentException if the pile number is not 14 digits or the gun not 1..99
     */
    public static String of(String pileNo, int gun, Instant at, long counter) {
        if (pileNo == null || !pileNo.matches("\\d{14}") || gun < 1 || gun > 99 || counter < 0) {
            throw new IllegalArgumentException("a trade serial needs a 14-digit pile number, a gun 1..99 and a counter >= 0");
        }
        String stamp = LocalDateTime.ofInstant(at, TariffClock.ZONE).format(STAMP);
        return pileNo + String.format("%02d", gun) + stamp + String.format("%04d", counter % 10_000);
    }

    /** Whether {@code serial} is 32 digits and not all zeros (the serial of frames outside a session). */
    public static boolean isValid(String serial) {
        return serial != null && serial.length() == LENGTH && serial.chars().allMatch(Character::isDigit)
                && !serial.chars().allMatch(c -> c == '0');
    }
}
