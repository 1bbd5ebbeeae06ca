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
 * 0x1D BMS stop during charging (充电阶段BMS中止), pile to platform, 28-byte body (reference
 * 6.7): the GB/T 27930 BST content as 2-bit items, packed least-significant first (open point 8):
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) |
 * | stop reason (1) | fault reason (2, LE word) | error reason (1) |
 *
 *  stop reason  bits 0-1 SOC target | 2-3 total voltage | 4-5 cell voltage | 6-7 charger stopped
 *  fault reason bits 0-1 insulation | 2-3 output connector over-temp. | 4-5 BMS component over-temp.
 *               6-7 charging connector | 8-9 battery over-temp. | 10-11 HV relay
 *               12-13 detection point 2 voltage | 14-15 other
 *  error reason bits 0-1 over-current | 2-3 abnormal voltage | 4-7 reserved
 * </pre>
 * The three fields are kept whole so that reserved bits survive a round trip;
 * {@link #status(BmsStopItem)} reads one item and {@link #reasons()} lists the active ones.
 *
 * @param tradeSerial     the session's trade serial
 * @param pileNo          the pile number
 * @param gun             the gun number, 1..99
 * @param stopReasonBits  body byte 24, 0..255
 * @param faultReasonBits body bytes 25-26 as a little-endian word, 0..65535
 * @param errorReasonBits body byte 27, 0..255
 */
public record BmsStop(TradeSerial tradeSerial, PileNo pileNo, int gun, int stopReasonBits, int faultReasonBits,
                      int errorReasonBits) implements YkcMessage {

    /** The codec of 0x1D. */
    public static final BodyCodec<BmsStop> CODEC = new Codec();

    @Override
    public FrameType frameType() {
        return FrameType.BMS_STOP;
    }

    /** The status of one item. */
    public StopStatus status(BmsStopItem item) {
        long packed = (stopReasonBits & 0xFFL) | (faultReasonBits & 0xFFFFL) << 8 | (errorReasonBits & 0xFFL) << 24;
        return StopStatus.fromBits(GbtEncoding.twoBits(packed, item.shift()));
    }

    /**
     * The names of the {@link BmsStopItem}s that are {@link StopStatus#ACTIVE}, in wire order
     * (reasons, faults, errors), e.g. {@code [SOC_TARGET_REACHED]}.
     */
    public List<String> reasons() {
        List<String> names = new ArrayList<>();
        for (BmsStopItem item : BmsStopItem.values()) {
            if (status(item) == StopStatus.ACTIVE) {
                names.add(item.name());
            }
        }
        return List.copyOf(names);
    }

    private static final class Codec implements BodyCodec<BmsStop> {
        private static final int TRADE_SERIAL = 0;
        private static final int PILE_NO = 16;
        private static final int GUN = 23;
        private static final int STOP_REASON = 24;
        private static final int FAULT_REASON = 25;
        private static final int ERROR_REASON = 27;

        @Override
        public FrameType type() {
            return FrameType.BMS_STOP;
        }

        @Override
        public Class<BmsStop> messageClass() {
            return BmsStop.class;
        }

        @Override
        public BmsStop decode(ByteBuffer b, int o, int length) {
            return new BmsStop(
                    TradeSerial.read(b, o + TRADE_SERIAL),
                    PileNo.read(b, o + PILE_NO),
                    Bcd.read1(b, o + GUN, "gun"),
                    LittleEndian.u8(b, o + STOP_REASON),
                    LittleEndian.u16(b, o + FAULT_REASON),
                    LittleEndian.u8(b, o + ERROR_REASON));
        }

        @Override
        public void encode(BmsStop m, ByteBuffer out) {
            m.tradeSerial().write(out);
            m.pileNo().write(out);
            Bcd.write(out, m.gun(), 1, "gun");
            LittleEndian.put8(out, "stopReasonBits", m.stopReasonBits());
            LittleEndian.put16(out, "faultReasonBits", m.faultReasonBits());
            LittleEndian.put8(out, "errorReasonBits", m.errorReasonBits());
        }
    }
}
