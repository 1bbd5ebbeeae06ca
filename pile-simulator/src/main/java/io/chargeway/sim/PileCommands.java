package io.chargeway.sim;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.chargeway.ykc.field.Cp56Time2a;
import io.chargeway.ykc.field.PhysicalCardNo;
import io.chargeway.ykc.message.YkcMessage;
import io.chargeway.ykc.message.card.CardClearResult;
import io.chargeway.ykc.message.card.CardQueryResult;
import io.chargeway.ykc.message.card.OfflineCard;
import io.chargeway.ykc.message.card.OfflineCardClear;
import io.chargeway.ykc.message.card.OfflineCardClearReply;
import io.chargeway.ykc.message.card.OfflineCardQuery;
import io.chargeway.ykc.message.card.OfflineCardQueryReply;
import io.chargeway.ykc.message.card.OfflineCardSync;
import io.chargeway.ykc.message.card.OfflineCardSyncReply;
import io.chargeway.ykc.message.charging.BalanceUpdate;
import io.chargeway.ykc.message.charging.BalanceUpdateReply;
import io.chargeway.ykc.message.charging.ParallelGunRole;
import io.chargeway.ykc.message.charging.ParallelStart;
import io.chargeway.ykc.message.charging.ParallelStartReply;
import io.chargeway.ykc.message.charging.PileStartConfirm;
import io.chargeway.ykc.message.charging.RemoteStart;
import io.chargeway.ykc.message.charging.RemoteStop;
import io.chargeway.ykc.message.charging.StopReason;
import io.chargeway.ykc.message.charging.TransactionConfirm;
import io.chargeway.ykc.message.live.ReadRealtimeData;
import io.chargeway.ykc.message.maintenance.ExecuteControl;
import io.chargeway.ykc.message.maintenance.FirmwareUpdate;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateReply;
import io.chargeway.ykc.message.maintenance.FirmwareUpdateStatus;
import io.chargeway.ykc.message.maintenance.GroundLockCommand;
import io.chargeway.ykc.message.maintenance.GroundLockReply;
import io.chargeway.ykc.message.maintenance.PileModel;
import io.chargeway.ykc.message.maintenance.QrCodeSetting;
import io.chargeway.ykc.message.maintenance.QrCodeSettingReply;
import io.chargeway.ykc.message.maintenance.Reboot;
import io.chargeway.ykc.message.maintenance.RebootReply;
import io.chargeway.ykc.message.maintenance.TimeSync;
import io.chargeway.ykc.message.maintenance.TimeSyncReply;
import io.chargeway.ykc.message.maintenance.WorkParameterReply;
import io.chargeway.ykc.message.maintenance.WorkParameterSetting;
import io.chargeway.ykc.message.session.BillingModelCheckResponse;
import io.chargeway.ykc.message.session.BillingModelCheckResult;
import io.chargeway.ykc.message.session.BillingModelRequest;
import io.chargeway.ykc.message.session.BillingModelResponse;
import io.chargeway.ykc.message.session.BillingModelSetting;
import io.chargeway.ykc.message.session.BillingModelSettingReply;
import io.chargeway.ykc.message.session.PileType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a logged-in pile does with each platform frame: answers to its own requests (0x06, 0x0A,
 * 0x32, 0x40) and the platform's commands, each answered with the reply its section defines.
 * Commands go through the misbehaviour switches: ignored, or handled after a delay. Also holds
 * the small state the commands set: clock offset (0x56), work parameters (0x52), offline cards
 * (0x44/0x46), a pending reboot (0x92).
 */
final class PileCommands {

    private static final Logger LOG = LoggerFactory.getLogger(PileCommands.class);
    private static final StopReason POWER_LOST = new StopReason(0x83);
    private static final long REBOOT_AFTER_REPLY_MILLIS = 50;

    private final PileEngine e;
    private long clockOffsetMillis;
    private boolean enabled = true;
    private int maxPowerPercent = 100;
    private boolean rebootWhenIdle;
    private Set<PhysicalCardNo> offlineCards;

    PileCommands(PileEngine engine) {
        this.e = engine;
    }

    /** The pile's own time: the wall clock moved by the last 0x56. */
    LocalDateTime pileNow() {
        LocalDateTime now = LocalDateTime.now(e.settings.clock());
        return clockOffsetMillis == 0 ? now : now.plus(Duration.ofMillis(clockOffsetMillis));
    }

    boolean enabled() {
        return enabled;
    }

    int maxPowerPercent() {
        return maxPowerPercent;
    }

    Set<PhysicalCardNo> offlineCards() {
        return offlineCards == null ? Set.of() : Set.copyOf(offlineCards);
    }

    void onFrame(int sequence, YkcMessage m) {
        switch (m.frameType()) {
            case BILLING_MODEL_CHECK_RESPONSE -> {
                if (((BillingModelCheckResponse) m).result() == BillingModelCheckResult.DIFFERENT) {
                    e.send(new BillingModelRequest(e.pileNo()));
                }
            }
            case BILLING_MODEL_RESPONSE -> e.storeModel(((BillingModelResponse) m).billingModel());
            case TRANSACTION_CONFIRM -> e.charging.confirmed(((TransactionConfirm) m).tradeSerial());
            case PILE_START_CONFIRM -> e.startRequests.onStartConfirm((PileStartConfirm) m);
            default -> command(sequence, m);
        }
    }

    private void command(int sequence, YkcMessage m) {
        if (e.faults.ignoreCommands()) {
            LOG.debug("command ignored on purpose [pile: {}, type: {}]", e.pileNo(), m.frameType().hex());
            return;
        }
        long delay = e.faults.answerDelayMillis();
        if (delay <= 0) {
            handle(sequence, m);
            return;
        }
        PileLink link = e.link();
        e.shard.vertx().setTimer(delay, id -> {
            if (link != null && link == e.link() && e.isLoggedIn()) {
                handle(sequence, m);
            }
        });
    }

    private void handle(int seq, YkcMessage m) {
        switch (m.frameType()) {
            case READ_REALTIME_DATA -> e.charging.readRealtime(seq, (ReadRealtimeData) m);
            case REMOTE_START -> e.charging.remoteStart(seq, (RemoteStart) m, (reply, gun) -> reply);
            case PARALLEL_START -> {
                ParallelStart p = (ParallelStart) m;
                e.charging.remoteStart(seq, p.command(), (reply, gun) -> new ParallelStartReply(reply,
                        p.command().gun() <= 1 ? ParallelGunRole.MAIN : ParallelGunRole.AUXILIARY, p.parallelSequence()));
            }
            case REMOTE_STOP -> e.charging.remoteStop(seq, (RemoteStop) m);
            case BALANCE_UPDATE -> balance(seq, (BalanceUpdate) m);
            case OFFLINE_CARD_SYNC -> syncCards(seq, (OfflineCardSync) m);
            case OFFLINE_CARD_CLEAR -> clearCards(seq, (OfflineCardClear) m);
            case OFFLINE_CARD_QUERY -> queryCards(seq, (OfflineCardQuery) m);
            case WORK_PARAMETER_SETTING -> workParameters(seq, (WorkParameterSetting) m);
            case TIME_SYNC -> timeSync(seq, (TimeSync) m);
            case BILLING_MODEL_SETTING -> {
                boolean accepted = !e.faults.refuseBillingModels();
                if (accepted) {
                    e.storeModel(((BillingModelSetting) m).billingModel());
                }
                e.reply(seq, new BillingModelSettingReply(e.pileNo(), accepted));
            }
            case GROUND_LOCK_COMMAND -> {
                GroundLockCommand g = (GroundLockCommand) m;
                e.reply(seq, new GroundLockReply(e.pileNo(), g.gun(), true, 0));
            }
            case REBOOT -> reboot(seq, (Reboot) m);
            case FIRMWARE_UPDATE -> firmwareUpdate(seq, (FirmwareUpdate) m);
            case QR_CODE_SETTING -> e.reply(seq, new QrCodeSettingReply(e.pileNo(), ((QrCodeSetting) m).pileNo().equals(e.pileNo())));
            default -> LOG.debug("platform frame the simulator does not answer [pile: {}, type: {}]", e.pileNo(), m.frameType().hex());
        }
    }

    private void balance(int seq, BalanceUpdate m) {
        Gun gun = e.gunOrNull(m.gun());
        int result = 0x00;
        if (!m.pileNo().equals(e.pileNo())) {
            result = 0x01;
        } else if (!m.physicalCardNo().isNone() && (gun == null || gun.session == null
                || !gun.session.card.equals(m.physicalCardNo()))) {
            result = 0x02;
        }
        e.reply(seq, new BalanceUpdateReply(e.pileNo(), m.physicalCardNo(), result));
    }

    private void syncCards(int seq, OfflineCardSync m) {
        if (offlineCards == null) {
            offlineCards = new LinkedHashSet<>();
        }
        for (OfflineCard card : m.cards()) {
            offlineCards.add(card.physicalCardNo());
        }
        e.reply(seq, new OfflineCardSyncReply(e.pileNo(), true, 0));
    }

    private void clearCards(int seq, OfflineCardClear m) {
        List<CardClearResult> results = new ArrayList<>(m.cards().size());
        for (PhysicalCardNo card : m.cards()) {
            if (offlineCards != null) {
                offlineCards.remove(card);
            }
            results.add(new CardClearResult(card, true, 0));
        }
        e.reply(seq, new OfflineCardClearReply(e.pileNo(), results));
    }

    private void queryCards(int seq, OfflineCardQuery m) {
        List<CardQueryResult> results = new ArrayList<>(m.cards().size());
        for (PhysicalCardNo card : m.cards()) {
            results.add(new CardQueryResult(card, offlineCards != null && offlineCards.contains(card)));
        }
        e.reply(seq, new OfflineCardQueryReply(e.pileNo(), results));
    }

    private void workParameters(int seq, WorkParameterSetting m) {
        enabled = m.enabled();
        maxPowerPercent = Math.max(1, Math.min(100, m.maxPowerPercent()));
        e.reply(seq, new WorkParameterReply(e.pileNo(), true));
    }

    private void timeSync(int seq, TimeSync m) {
        if (m.platformTime().isValid()) {
            LocalDateTime wall = LocalDateTime.now(e.settings.clock());
            clockOffsetMillis = Duration.between(wall, m.platformTime().toLocalDateTime()).toMillis();
        }
        e.reply(seq, new TimeSyncReply(e.pileNo(), Cp56Time2a.of(pileNow())));
    }

    private void firmwareUpdate(int seq, FirmwareUpdate m) {
        PileModel ours = e.identity.pileType() == PileType.DC ? PileModel.DC : PileModel.AC;
        FirmwareUpdateStatus status = !m.pileNo().equals(e.pileNo()) ? FirmwareUpdateStatus.WRONG_PILE_NO
                : m.pileModel() != ours ? FirmwareUpdateStatus.MODEL_MISMATCH : FirmwareUpdateStatus.SUCCESS;
        e.reply(seq, new FirmwareUpdateReply(e.pileNo(), status.code()));
    }

    private void reboot(int seq, Reboot m) {
        e.reply(seq, new RebootReply(e.pileNo(), true));
        if (m.executeControl() == ExecuteControl.WHEN_IDLE && e.charging.anyCharging()) {
            rebootWhenIdle = true;
            return;
        }
        rebootNow();
    }

    /** Called after every session end; runs a reboot that waited for the pile to be idle. */
    void sessionEnded() {
        if (rebootWhenIdle && !e.charging.anyCharging()) {
            rebootNow();
        }
    }

    private void rebootNow() {
        rebootWhenIdle = false;
        e.charging.endAll(POWER_LOST);
        PileLink link = e.link();
        LOG.debug("rebooting [pile: {}]", e.pileNo());
        e.shard.vertx().setTimer(REBOOT_AFTER_REPLY_MILLIS, id -> {
            if (link != null && link == e.link()) {
                e.dropLink();
            }
        });
    }
}
