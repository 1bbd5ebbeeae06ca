package io.chargeway.edge.events;

import static io.chargeway.edge.events.DownlinkTranslator.parsed;

import java.util.ArrayList;
import java.util.List;

import io.chargeway.contract.command.StartCharging;
import io.chargeway.contract.command.StartParallelCharging;
import io.chargeway.edge.events.DownlinkTranslator.Step;
import io.chargeway.edge.session.ReplyKey;
import io.chargeway.ykc.field.LogicalCardNo;
import io.chargeway.ykc.field.ParallelSequence;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.card.OfflineCard;
import io.chargeway.ykc.message.charging.ParallelStart;
import io.chargeway.ykc.message.charging.RemoteStart;

/**
 * The frames of the start and card commands (reference 7.3, 7.11-7.15, 11.3). Every text field
 * is parsed into its YKC value with a BAD_REQUEST naming the field when it does not fit.
 */
final class ChargingCommands {

    private ChargingCommands() {
    }

    /** 0x34, awaiting the 0x33 with the same gun and serial. */
    static List<Step> start(StartCharging c, PileNo pile) {
        RemoteStart frame = remoteStart(pile, c.gun(), c.tradeSerial(), c.logicalCardNo(), c.physicalCardNo(), c.balanceFen());
        return List.of(new Step(frame, new ReplyKey(FrameType.REMOTE_START_REPLY, c.gun(), frame.tradeSerial())));
    }

    /** 0xA4, awaiting the 0xA3 with the same gun and serial. */
    static List<Step> parallelStart(StartParallelCharging c, PileNo pile) {
        RemoteStart part = remoteStart(pile, c.gun(), c.tradeSerial(), c.logicalCardNo(), c.physicalCardNo(), c.balanceFen());
        ParallelSequence sequence = parsed("parallelSequence", c.parallelSequence(), ParallelSequence::parse);
        return List.of(new Step(new ParallelStart(part, sequence),
                new ReplyKey(FrameType.PARALLEL_START_REPLY, c.gun(), part.tradeSerial())));
    }

    private static RemoteStart remoteStart(PileNo pile, int gun, String serial, String logical, String physical, long balanceFen) {
        return new RemoteStart(parsed("tradeSerial", serial, TradeSerial::parse), pile, gun,
                parsed("logicalCardNo", logical, LogicalCardNo::parse),
                physical == null || physical.isBlank() ? PhysicalCardNo.NONE : parsed("physicalCardNo", physical, PhysicalCardNo::parse),
                balanceFen);
    }

    /** Contract offline cards as 0x44 entries. */
    static List<OfflineCard> offlineCards(List<io.chargeway.contract.command.OfflineCard> cards) {
        List<OfflineCard> out = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            io.chargeway.contract.command.OfflineCard card = DownlinkTranslator.required("cards[" + i + "]", cards.get(i));
            out.add(new OfflineCard(parsed("cards[" + i + "].logicalCardNo", card.logicalCardNo(), LogicalCardNo::parse),
                    parsed("cards[" + i + "].physicalCardNo", card.physicalCardNo(), PhysicalCardNo::parse)));
        }
        return out;
    }

    /** Card numbers (16 hex digits each) as 0x46/0x48 entries. */
    static List<PhysicalCardNo> cards(List<String> physicalCardNos) {
        List<PhysicalCardNo> out = new ArrayList<>(physicalCardNos.size());
        for (int i = 0; i < physicalCardNos.size(); i++) {
            out.add(parsed("physicalCardNos[" + i + "]", physicalCardNos.get(i), PhysicalCardNo::parse));
        }
        return out;
    }
}
