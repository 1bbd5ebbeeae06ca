package io.chargeway.ykc.message.bms;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.BodyCodec;

/**
 * 0x21 Charger stop during charging (充电阶段充电机中止), pile to platform, 28-byte body
 * (reference 6.8): the GB/T 27930 CST content as 2-bit items, packed least-significant first
 * (open point 8), in the same layout as 0x1D:
 * <pre>
 * | trade serial (16, BCD) | pile no (7, BCD) | gun (1, BCD) |
 * | stop reason (1) | fault reason (2, LE word) | error reason (1) |
 *
 *  stop reason  bits 0-1 condition reached | 2-3 manual | 4-5 abnormal | 6-7 BMS stopped
 *  fault reason bits 0-1 charger over-temp. | 2-3 charging connector | 4-5 internal over-temp.
 *               6-7 energy not deliverable | 8-9 emergency stop | 10-11 other | 12-15 reserved
 *  error reason bits 0-1 current mismatch | 2-3 abnormal voltage | 4-7 reserved
 * </pre>
 * The three fields are kept whole so that reserved bits survive a round trip;
 * {@link #status(ChargerStopItem)} reads one item and {@link #reasons()} lists the active ones.
 *
 * @param tradeSerial     the session's trade serial
 * @param pileNo          the pile number
 * @param gun             the gun number, 1..99
 * @param stopReasonBits  body byte 24, 0..255
 * @param faultReasonBits body bytes 25-26 as a little-endian word, 0..65535
 * @param errorReasonBits body byte 27, 0..255
 */
public record ChargerStop(TradeSerial tradeSerial, PileNo pileNo, int gun, int stopReasonBits, int faultReasonBits,
                          int errorReasonBits) implements StopFrame {

    /** The codec of 0x21. */
    public static final BodyCodec<ChargerStop> CODEC = new StopFrame.Codec<>(FrameType.CHARGER_STOP, ChargerStop.class, ChargerStop::new);

    @Override
    public FrameType frameType() {
        return FrameType.CHARGER_STOP;
    }

    /** The status of one item. */
    public StopStatus status(ChargerStopItem item) {
        return statusAt(item.shift());
    }

    /**
     * The names of the {@link ChargerStopItem}s that are {@link StopStatus#ACTIVE}, in wire order
     * (reasons, faults, errors), e.g. {@code [BMS_STOPPED]}.
     */
    public List<String> reasons() {
        List<String> names = new ArrayList<>();
        for (ChargerStopItem item : ChargerStopItem.values()) {
            if (status(item) == StopStatus.ACTIVE) {
                names.add(item.name());
            }
        }
        return List.copyOf(names);
    }
}
