package io.chargeway.bench;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;

import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.CrcOrder;
import io.chargeway.ykc.frame.FrameEncoder;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.TierRecord;
import io.chargeway.ykc.message.charging.TransactionRecord;
import io.chargeway.ykc.message.live.GunState;
import io.chargeway.ykc.message.live.Holstered;
import io.chargeway.ykc.message.live.RealtimeData;
import io.chargeway.ykc.message.session.Heartbeat;

/**
 * The traffic a busy edge sees, in frames of ten: six heartbeats (0x03), three live samples
 * (0x13) and one transaction record (0x3B), from different piles.
 */
public final class FrameMix {

    /** Frames per block. */
    public static final int FRAMES_PER_BLOCK = 10;

    private FrameMix() {
    }

    /** The messages of one block. */
    public static List<YkcMessage> messages(int block) {
        PileNo pile = new PileNo(32010600019000L + block % 1000);
        LocalDateTime start = LocalDateTime.of(2026, 11, 22, 9, 40, 0);
        TradeSerial serial = TradeSerial.of(pile, 1, start, block % 10000);
        RealtimeData live = new RealtimeData(serial, pile, 1, GunState.CHARGING, Holstered.NO, true, 3962, 1503, 78,
                0, 64, 81, 42, 37, 252_000 + block, 252_000 + block, 2_016_000, 0);
        TransactionRecord record = new TransactionRecord(serial, pile, 1, Cp56Time2a.of(start),
                Cp56Time2a.of(start.plusMinutes(55)),
                List.of(new TierRecord(200_000, 0, 0, 0), new TierRecord(180_000, 120_000, 120_000, 2_160_000),
                        new TierRecord(130_000, 205_000, 205_000, 2_665_000), new TierRecord(70_000, 0, 0, 0)),
                1_234_560_000L, 1_234_885_000L, 325_000, 325_000, 4_825_000, "LSVAU2180N2183294", 0x01,
                Cp56Time2a.of(start.plusMinutes(56)), new StopReason(0x40), PhysicalCardNo.NONE);
        return List.of(new Heartbeat(pile, 1, false), live, new Heartbeat(pile, 2, false), live,
                new Heartbeat(new PileNo(pile.value() + 1), 1, false), new Heartbeat(new PileNo(pile.value() + 2), 1, false),
                live, new Heartbeat(new PileNo(pile.value() + 3), 1, false), record,
                new Heartbeat(new PileNo(pile.value() + 4), 1, false));
    }

    /** {@code count} heartbeats of different piles as one byte stream. */
    public static byte[] heartbeats(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            out.writeBytes(FrameEncoder.encode(i & 0xFFFF, new Heartbeat(new PileNo(32010600000000L + i), 1, false),
                    CrcOrder.LOW_FIRST));
        }
        return out.toByteArray();
    }

    /** {@code blocks} blocks as one byte stream, the way a socket delivers them. */
    public static byte[] stream(int blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int seq = 0;
        for (int b = 0; b < blocks; b++) {
            for (YkcMessage m : messages(b)) {
                out.writeBytes(FrameEncoder.encode(seq++ & 0xFFFF, m, CrcOrder.LOW_FIRST));
            }
        }
        return out.toByteArray();
    }
}
