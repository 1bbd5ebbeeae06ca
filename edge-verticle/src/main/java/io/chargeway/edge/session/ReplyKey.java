package io.chargeway.edge.session;

import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;

/**
 * What identifies a pile's reply to a command (reference 14.8): the reply frame type, the gun and
 * the trade serial where the frames carry them, never the sequence number alone.
 *
 * @param type   the reply frame type, e.g. 0x33 for a 0x34
 * @param gun    the gun, or {@link #ANY_GUN} when the reply has none (0x41, 0x91, ...)
 * @param serial the trade serial, or null when the reply has none
 */
public record ReplyKey(FrameType type, int gun, TradeSerial serial) {

    /** Gun value of replies that carry no gun number. */
    public static final int ANY_GUN = -1;

    /** A key for a reply that carries neither gun nor serial. */
    public static ReplyKey of(FrameType type) {
        return new ReplyKey(type, ANY_GUN, null);
    }

    /** A key for a reply that carries a gun but no serial. */
    public static ReplyKey of(FrameType type, int gun) {
        return new ReplyKey(type, gun, null);
    }

    /**
     * Whether a reply with key {@code actual} answers a command waiting for this key: same type,
     * and gun and serial equal wherever both sides know them.
     */
    public boolean matches(ReplyKey actual) {
        return type == actual.type
                && (gun == ANY_GUN || actual.gun == ANY_GUN || gun == actual.gun)
                && (serial == null || actual.serial == null || serial.equals(actual.serial));
    }
}
