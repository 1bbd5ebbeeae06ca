package io.chargeway.ykc.message.bms;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;

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
                      int errorReasonBits) implements StopFrame {

    /** The codec of 0x1D. */
    public static final BodyCodec<BmsStop> CODEC = new StopFrame.Codec<>(FrameType.BMS_STOP, BmsStop.class, BmsStop::new);

    @Override
    public FrameType frameType() {
        return FrameType.BMS_STOP;
    }

    /** The status of one item. */
    public StopStatus status(BmsStopItem item) {
        return statusAt(item.shift());
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
}
