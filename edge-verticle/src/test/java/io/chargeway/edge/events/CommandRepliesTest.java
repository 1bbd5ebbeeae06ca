package io.chargeway.edge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.chargeway.edge.session.ReplyKey;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.field.PileNo;
import io.chargeway.ykc.field.TradeSerial;
import io.chargeway.ykc.frame.FrameType;
import io.chargeway.ykc.message.card.CardClearResult;
import io.chargeway.ykc.message.card.OfflineCardClearReply;
import io.chargeway.ykc.message.charging.RemoteStartReply;
import io.chargeway.ykc.message.charging.RemoteStopReply;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateReply;
import io.chargeway.ykc.message.maintenance.RebootReply;
import io.chargeway.ykc.message.session.Heartbeat;

class CommandRepliesTest {

    private static final PileNo PILE = PileNo.parse("32010600019236");
    private static final TradeSerial SERIAL = TradeSerial.parse("32010600019236012001061803423060");

    @Test
    void repliesAreKeyedByTypeGunAndSerialWhereTheyCarryThem() {
        assertThat(CommandReplies.key(new RemoteStartReply(SERIAL, PILE, 1, true, 0)))
                .isEqualTo(new ReplyKey(FrameType.REMOTE_START_REPLY, 1, SERIAL));
        assertThat(CommandReplies.key(new RemoteStopReply(PILE, 2, true, 0))).isEqualTo(ReplyKey.of(FrameType.REMOTE_STOP_REPLY, 2));
        assertThat(CommandReplies.key(new RebootReply(PILE, true))).isEqualTo(ReplyKey.of(FrameType.REBOOT_REPLY));
        assertThat(CommandReplies.key(new Heartbeat(PILE, 1, false))).as("not a reply").isNull();
    }

    @Test
    void outcomeSaysWhatThePileReportedWithItsFieldsByName() {
        CommandReplies.Outcome started = CommandReplies.outcome(new RemoteStartReply(SERIAL, PILE, 1, true, 0));
        CommandReplies.Outcome notPlugged = CommandReplies.outcome(new RemoteStartReply(SERIAL, PILE, 1, false, 0x05));
        CommandReplies.Outcome rebootFailed = CommandReplies.outcome(new RebootReply(PILE, false));
        CommandReplies.Outcome firmware = CommandReplies.outcome(new FirmwareUpdateReply(PILE, 0x03));

        assertThat(started.success()).isTrue();
        assertThat(started.reason()).isNull();
        assertThat(started.fields()).containsEntry("pileNo", "32010600019236").containsEntry("tradeSerial", SERIAL.toString())
                .containsEntry("gun", 1).containsEntry("started", true);
        assertThat(notPlugged.success()).isFalse();
        assertThat(notPlugged.reason()).isEqualTo("gun not plugged in");
        assertThat(rebootFailed.success()).isFalse();
        assertThat(firmware.reason()).isEqualTo("DOWNLOAD_TIMEOUT");
    }

    @Test
    void cardClearFailsWhenAnyCardWasNotCleared() {
        OfflineCardClearReply reply = new OfflineCardClearReply(PILE, List.of(
                new CardClearResult(PhysicalCardNo.parse("A1"), true, 0), new CardClearResult(PhysicalCardNo.parse("A2"), false, 1)));

        CommandReplies.Outcome outcome = CommandReplies.outcome(reply);

        assertThat(outcome.success()).isFalse();
        assertThat(outcome.reason()).startsWith("not cleared: 00000000000000A2");
    }
}
