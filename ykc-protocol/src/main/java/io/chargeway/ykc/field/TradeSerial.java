package io.chargeway.ykc.field;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A trade serial (交易流水号): 32 decimal digits in 16 BCD bytes (section 2.1), built as pile
 * number (14) + gun (2) + {@code YYMMDDhhmmss} (12) + a 4-digit counter. All zero when a frame
 * belongs to no session. Carried as two 16-digit halves so that decoding allocates nothing else.
 *
 * @param high the first 16 digits (pile number and gun)
 * @param low  the last 16 digits (time and counter)
 */
public record TradeSerial(long high, long low) {

    /** Bytes on the wire. */
    public static final int LENGTH = 16;
    /** The serial of frames outside a session. */
    public static final TradeSerial ZERO = new TradeSerial(0, 0);
    private static final long HALF_LIMIT = 10_000_000_000_000_000L;

    /** Validates both halves. */
    public TradeSerial {
        if (high < 0 || high >= HALF_LIMIT || low < 0 || low >= HALF_LIMIT) {
            throw new IllegalArgumentException("trade serial halves must have at most 16 digits");
        }
    }

    /**
     * Builds the serial the way the platform generates it for 0x32/0x34.
     *
     * @param counter 0..9999, unique per pile, gun and second
     */
    public static TradeSerial of(PileNo pile, int gun, LocalDateTime time, int counter) {
        if (gun < 0 || gun > 99 || counter < 0 || counter > 9999) {
            throw new IllegalArgumentException("gun must be 0..99 and counter 0..9999");
        }
        long stamp = ((((time.getYear() % 100) * 100L + time.getMonthValue()) * 100 + time.getDayOfMonth()) * 100
                + time.getHour()) * 10000 + time.getMinute() * 100 + time.getSecond();
        return new TradeSerial(pile.value() * 100 + gun, stamp * 10000 + counter);
    }

    /**
     * Parses 32 decimal digits (shorter input is left-padded with zeros).
     *
     * @throws IllegalArgumentException if the text is not 1..32 digits
     */
    @JsonCreator
    public static TradeSerial parse(String text) {
        String t = text.trim();
        if (!t.matches("\\d{1,32}")) {
            throw new IllegalArgumentException("trade serial must be 1 to 32 digits, got '" + text + "'");
        }
        String padded = "0".repeat(32 - t.length()) + t;
        return new TradeSerial(Long.parseLong(padded.substring(0, 16)), Long.parseLong(padded.substring(16)));
    }

    /** Reads 16 BCD bytes at {@code offset}. */
    public static TradeSerial read(ByteBuffer buf, int offset) {
        long high = Bcd.read(buf, offset, 8, "tradeSerial");
        long low = Bcd.read(buf, offset + 8, 8, "tradeSerial");
        return high == 0 && low == 0 ? ZERO : new TradeSerial(high, low);
    }

    /** Writes 16 BCD bytes. */
    public void write(ByteBuffer out) {
        Bcd.write(out, high, 8, "tradeSerial");
        Bcd.write(out, low, 8, "tradeSerial");
    }

    /** Whether this is the all-zero serial of frames outside a session. */
    public boolean isZero() {
        return high == 0 && low == 0;
    }

    /** The pile number the serial starts with. */
    public PileNo pileNo() {
        return new PileNo(high / 100);
    }

    /** The gun number inside the serial. */
    public int gun() {
        return (int) (high % 100);
    }

    @JsonValue
    @Override
    public String toString() {
        return Bcd.digits(high, 16).concat(Bcd.digits(low, 16));
    }
}
