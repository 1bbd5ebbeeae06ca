package io.chargeway.core.order;

import java.time.Instant;
import java.time.LocalDateTime;

import io.chargeway.core.pricing.TariffClock;

/**
 * Trade serials (交易流水号) as YKC requires them (reference 2.1): pile number (14 digits) + gun
 * (2) + Beijing time {@code yyMMddHHmmss} (12) + a 4-digit counter, 32 digits in all.
 */
public final class TradeSerials {

    /** Digits of a serial. */
    public static final int LENGTH = 32;

    private TradeSerials() {
    }

    /**
     * The serial of a session started at {@code at}.
     *
     * @param counter any non-negative number; its last four digits are used
     * @throws IllegalArgumentException if the pile number is not 14 digits or the gun not 1..99
     */
    public static String of(String pileNo, int gun, Instant at, long counter) {
        if (pileNo == null || pileNo.length() != 14 || !digitsOnly(pileNo) || gun < 1 || gun > 99 || counter < 0) {
            throw new IllegalArgumentException("a trade serial needs a 14-digit pile number, a gun 1..99 and a counter >= 0");
        }
        LocalDateTime t = LocalDateTime.ofInstant(at, TariffClock.ZONE);
        long stamp = ((((t.getYear() % 100) * 100L + t.getMonthValue()) * 100 + t.getDayOfMonth()) * 100 + t.getHour()) * 10_000
                + t.getMinute() * 100 + t.getSecond();
        long rest = gun * 10_000_000_000_000_000L + stamp * 10_000 + counter % 10_000;
        char[] out = new char[LENGTH];
        pileNo.getChars(0, 14, out, 0);
        for (int i = LENGTH - 1; i >= 14; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(out);
    }

    /** Whether {@code serial} is 32 digits and not all zeros (the serial of frames outside a session). */
    public static boolean isValid(String serial) {
        if (serial == null || serial.length() != LENGTH || !digitsOnly(serial)) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (serial.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
