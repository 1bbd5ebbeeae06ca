package io.chargeway.ykc.message.bms;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.Bcd;
import io.chargeway.ykc.field.LittleEndian;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;
import io.chargeway.ykc.message.YkcMessage;

/**
 * 0x1B Error message (错误报文), pile to platform, 32-byte body (reference 6.6): the GB/T 27930
 * BEM (timeouts the BMS saw) and CEM (timeouts the charger saw) as 2-bit items, packed
 * least-significant first (open point 8):
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) | BEM (4) | CEM (4) |
 *
 *  byte | bits 0-1    | bits 2-3    | bits 4-5 | bits 6-7
 *   24  | CRM 0x00    | CRM 0xAA    | reserved | reserved
 *   25  | CTS/CML     | CRO         | reserved | reserved
 *   26  | CCS         | CST         | reserved | reserved
 *   27  | CSD         | BMS other (6 bits)
 *   28  | BRM         | reserved (6 bits)
 *   29  | BCP         | BRO         | reserved | reserved
 *   30  | BCS         | BCL         | BST      | reserved
 *   31  | BSD         | charger other (6 bits)
 * </pre>
 * Each 4-byte half is kept whole (read little-endian) so that reserved bits, often filled with
 * ones, survive a round trip; {@link #status(BmsErrorItem)} reads one item.
 *
 * @param tradeSerial the session's trade serial
 * @param pileNo      the pile number
 * @param gun         the gun number, 1..99
 * @param bemBits     body bytes 24-27 as an unsigned little-endian number (byte 24 in bits 0-7)
 * @param cemBits     body bytes 28-31 as an unsigned little-endian number (byte 28 in bits 0-7)
 */
public record BmsError(TradeSerial tradeSerial, PileNo pileNo, int gun, long bemBits, long cemBits) implements YkcMessage {

    /** The codec of 0x1B. */
    public static final BodyCodec<BmsError> CODEC = new Codec();

    /** Name listed by {@link #timeouts()} for a set "BMS other" field. */
    public static final String BMS_OTHER = "BMS_OTHER";
    /** Name listed by {@link #timeouts()} for a set "charger other" field. */
    public static final String CHARGER_OTHER = "CHARGER_OTHER";

    private static final int OTHER_SHIFT = 26;
    private static final int OTHER_MASK = 0x3F;

    @Override
    public FrameType frameType() {
        return FrameType.BMS_ERROR;
    }

    /** The status of one timeout item. */
    public TimeoutStatus status(BmsErrorItem item) {
        long packed = (cemBits & 0xFFFF_FFFFL) << 32 | (bemBits & 0xFFFF_FFFFL);
        return TimeoutStatus.fromBits(GbtEncoding.twoBits(packed, item.shift()));
    }

    /** The 6 "BMS other" bits (byte 27, bits 2-7). */
    public int bmsOtherBits() {
        return (int) (bemBits >>> OTHER_SHIFT) & OTHER_MASK;
    }

    /** The 6 "charger other" bits (byte 31, bits 2-7). */
    public int chargerOtherBits() {
        return (int) (cemBits >>> OTHER_SHIFT) & OTHER_MASK;
    }

    /**
     * The names of the items that report {@link TimeoutStatus#TIMEOUT}, in wire order, e.g.
     * {@code [BCL]}: the {@link BmsErrorItem} names, then {@value #BMS_OTHER} and
     * {@value #CHARGER_OTHER} when those 6-bit fields are neither all zero nor all ones (the
     * GB/T fill value). Empty when nothing timed out.
     */
    public List<String> timeouts() {
        List<String> names = new ArrayList<>();
        for (BmsErrorItem item : BmsErrorItem.values()) {
            if (status(item) == TimeoutStatus.TIMEOUT) {
                names.add(item.name());
            }
        }
        if (isReported(bmsOtherBits())) {
            names.add(BMS_OTHER);
        }
        if (isReported(chargerOtherBits())) {
            names.add(CHARGER_OTHER);
        }
        return List.copyOf(names);
    }

    private static boolean isReported(int otherBits) {
        return otherBits != 0 && otherBits != OTHER_MASK;
    }

    private static final class Codec implements BodyCodec<BmsError> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int BEM = 24;
        private static final int CEM = 28;

        @Override
        public FrameType type() {
            return FrameType.BMS_ERROR;
        }

        @Override
        public Class<BmsError> messageClass() {
            return BmsError.class;
        }

        @Override
        public BmsError decode(ByteBuffer b, int o, int length) {
            return new BmsError(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u32(b, o + BEM),
                    LittleEndian.u32(b, o + CEM));
        }

        @Override
        public void encode(BmsError m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put32(out, "bemBits", m.bemBits());
            LittleEndian.put32(out, "cemBits", m.cemBits());
        }
    }
}
